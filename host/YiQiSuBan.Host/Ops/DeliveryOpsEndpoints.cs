using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 推送: outbox depth and age, parked messages, last acknowledgement (re-drive: /api/v1/ops/outbox).</summary>
public static class DeliveryOpsEndpoints
{
    public static void Map(RouteGroupBuilder ops) =>
        ops.MapGet("/delivery", async (IHubStore store, IOpsQueries queries, OutboxAdmin outbox, TimeProvider clock, CancellationToken ct) =>
        {
            OutboxSummary summary;
            await using (var session = await store.BeginAsync(ct)) summary = await queries.OutboxSummaryAsync(session, ct);
            var parked = await outbox.ListAsync(OutboxStatus.Parked, 200, ct);
            return HubResults.Json(new
            {
                depth = summary.Depth,
                oldestAgeSeconds = summary.OldestUndeliveredAt is { } o ? (clock.GetUtcNow() - o).TotalSeconds : (double?)null,
                lastAcknowledgedAt = summary.LastAcknowledgedAt,
                parked = parked.Select(m => new { m.Id, m.Target, m.ComplaintId, m.Attempts, m.CreatedAt, m.LastError }),
            });
        }).WithSummary("Outbox depth, oldest undelivered age, parked messages and last acknowledgement");
}
