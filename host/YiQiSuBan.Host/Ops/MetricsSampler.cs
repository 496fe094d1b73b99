using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Telemetry;

namespace YiQiSuBan.Host.Ops;

/// <summary>
/// Every <see cref="OpsOptions.MetricsSampleSeconds"/>: reads outbox depth and age, newly acknowledged deliveries
/// (their latency goes to the histogram), card counts and connector lag into <see cref="HubGauges"/>.
/// </summary>
public sealed class MetricsSampler(IHubStore store, IOpsQueries queries, IConnectorStates connectors, TimeProvider clock, IOptions<OpsOptions> options, ILogger<MetricsSampler> logger) : BackgroundService
{
    private DateTimeOffset _ackedUpTo = clock.GetUtcNow();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.MetricsSampleSeconds));
        do
        {
            try { await SampleOnceAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogWarning(e, "Metrics sample failed"); }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task SampleOnceAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        OutboxSummary outbox;
        IReadOnlyDictionary<string, long> cards;
        await using (var session = await store.BeginAsync(ct))
        {
            outbox = await queries.OutboxSummaryAsync(session, ct);
            cards = await queries.CardCountsAsync(session, ct);
            var (delivered, newest) = await queries.DeliveredSinceAsync(session, _ackedUpTo, ct);
            foreach (var (target, latency) in delivered)
                HubMetrics.DeliveryLatency.Record(Math.Max(0, latency.TotalSeconds), new KeyValuePair<string, object?>("target", target));
            if (newest is { } n) _ackedUpTo = n;
        }
        var lag = (await connectors.ListAsync(ct)).Where(c => c.LagSeconds is not null).ToDictionary(c => c.Channel, c => c.LagSeconds!.Value);
        HubGauges.Current = new HubGauges
        {
            OutboxDepth = new Dictionary<string, long> { ["pending"] = outbox.Depth.GetValueOrDefault("pending"), ["parked"] = outbox.Depth.GetValueOrDefault("parked") },
            OutboxOldestAgeSeconds = outbox.OldestUndeliveredAt is { } o ? Math.Max(0, (now - o).TotalSeconds) : 0,
            Cards = new Dictionary<string, long> { ["yellow"] = cards.GetValueOrDefault("yellow"), ["red"] = cards.GetValueOrDefault("red") },
            ConnectorLagSeconds = lag,
        };
    }
}
