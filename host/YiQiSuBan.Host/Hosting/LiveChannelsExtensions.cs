using YiQiSuBan.Connectors;
using YiQiSuBan.Host.Api;
using YiQiSuBan.Host.Jobs;
using YiQiSuBan.Host.Simulators;
using YiQiSuBan.Storage;

namespace YiQiSuBan.Host.Hosting;

/// <summary>The live side of the hub service: connectors, push endpoints, Hangfire polls, health, and the demo simulators.</summary>
public static class LiveChannelsExtensions
{
    public static IServiceCollection AddLiveChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConnectors();
        services.AddSingleton<YiQiSuBan.Host.Ops.StoredConnectorStates>();
        services.AddSingleton<YiQiSuBan.Host.Ops.IConnectorStates, YiQiSuBan.Host.Ops.LiveConnectorStates>();
        if (configuration.GetValue("Simulators:Enabled", false)) services.AddHostedService<SimulatorHost>();
        if (configuration.GetValue("Hangfire:Enabled", true))
            services.AddHubJobs(configuration, StoreLocation.Parse(configuration["Store"]));
        return services;
    }

    public static WebApplication MapLiveChannels(this WebApplication app)
    {
        app.MapChannelEndpoints();
        app.MapGet("/health", HealthEndpoint.HandleAsync);
        if (app.Configuration.GetValue("Hangfire:Enabled", true)) app.MapHubJobs();
        return app;
    }
}
