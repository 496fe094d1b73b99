using Microsoft.AspNetCore.Authentication;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Hosting;

/// <summary>API-key authentication and the delivery, status, supervision and ops endpoints.</summary>
public static class DeliveryEndpointExtensions
{
    public static IServiceCollection AddDeliveryApi(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyLookup>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization(ApiPolicies.Add);
        return services;
    }

    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        FeedEndpoints.Map(app);
        StatusEndpoints.Map(app);
        OutboxEndpoints.Map(app);
        SupervisionEndpoints.Map(app);
        return app;
    }
}
