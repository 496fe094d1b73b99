using YiQiSuBan.Connectors;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Host.Api;

/// <summary>GET /health: 200 healthy, or 503 when an enabled connector keeps failing or its counterpart's layout drifted.</summary>
public static class HealthEndpoint
{
    public static async Task<IResult> HandleAsync(IServiceProvider services, IEnumerable<IChannelConnector> connectors, ConnectorStateStore state, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var statuses = await state.ListAsync(ct);
        var enabled = connectors.Select(c => c.Key).Where(k => services.OptionsOf(k).Enabled).ToHashSet();
        var report = statuses.Where(s => enabled.Contains(s.Key)).Select(s => new
        {
            connector = s.Key, health = s.Health, failures = s.ConsecutiveFailures, lastRunAt = s.LastRunAt, lastSuccessAt = s.LastSuccessAt,
            lagSeconds = s.LagAt(now)?.TotalSeconds, s.Payloads, s.Records, s.Quarantined, s.LastError,
        }).ToList();
        var healthy = report.All(r => r.health == ConnectorHealth.Healthy);
        return Results.Json(new { status = healthy ? "healthy" : "unhealthy", connectors = report },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
