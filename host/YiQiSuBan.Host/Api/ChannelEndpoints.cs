namespace YiQiSuBan.Host.Api;

/// <summary>Maps the channels' push endpoints.</summary>
public static class ChannelEndpoints
{
    public static IEndpointRouteBuilder MapChannelEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Hotline12345PushEndpoint.Route, Hotline12345PushEndpoint.HandleAsync);
        app.MapPost(CityHubWebhookEndpoint.Route, CityHubWebhookEndpoint.HandleAsync);
        app.MapPost(OfflineUploadEndpoint.Route, OfflineUploadEndpoint.HandleAsync).DisableAntiforgery();
        return app;
    }
}
