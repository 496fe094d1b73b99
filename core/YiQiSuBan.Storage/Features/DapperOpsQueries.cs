using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>Counts for the ops console and the metrics sampler, in SQL both dialects speak.</summary>
public sealed class DapperOpsQueries : IOpsQueries
{
    public async Task<IReadOnlyList<ChannelCounts>> ChannelCountsAsync(IHubSession session, CancellationToken ct)
    {
        var complaints = (await session.QueryAsync<(string, long)>("SELECT channel, COUNT(*) FROM complaints GROUP BY channel", ct: ct))
            .ToDictionary(r => r.Item1, r => r.Item2);
        var quarantined = (await session.QueryAsync<(string, long)>("SELECT channel, COUNT(*) FROM quarantine WHERE status = 'open' GROUP BY channel", ct: ct))
            .ToDictionary(r => r.Item1, r => r.Item2);
        var last = (await session.QueryAsync<LastRaw>("SELECT channel AS Channel, MAX(received_at) AS At FROM raw_payloads GROUP BY channel", ct: ct))
            .ToDictionary(r => r.Channel, r => StoreTime.ReadOrNull(r.At));
        return complaints.Keys.Union(quarantined.Keys).Union(last.Keys).Order(StringComparer.Ordinal)
            .Select(c => new ChannelCounts(c, complaints.GetValueOrDefault(c), quarantined.GetValueOrDefault(c), last.GetValueOrDefault(c)))
            .ToList();
    }

    public async Task<IReadOnlyList<(string Channel, DateTimeOffset At)>> CreatedAsync(IHubSession session, int limit, CancellationToken ct) =>
        (await session.QueryAsync<LastRaw>(
            "SELECT c.channel AS Channel, f.at AS At FROM feed f JOIN complaints c ON c.id = f.complaint_id WHERE f.seq IN (SELECT MIN(seq) FROM feed GROUP BY complaint_id) ORDER BY f.seq DESC LIMIT @limit",
            new { limit }, ct: ct))
        .Select(r => (r.Channel, StoreTime.Read(r.At!))).ToList();

    public async Task<IReadOnlyList<string>> DuplicateGroupRootsAsync(IHubSession session, int limit, CancellationToken ct) =>
        (await session.QueryAsync<string>(
            "SELECT group_root FROM dedupe_docs GROUP BY group_root HAVING COUNT(*) > 1 ORDER BY MAX(at) DESC LIMIT @limit", new { limit }, ct: ct)).ToList();

    public async Task<OutboxSummary> OutboxSummaryAsync(IHubSession session, CancellationToken ct)
    {
        var depth = (await session.QueryAsync<(string, long)>("SELECT status, COUNT(*) FROM outbox WHERE status <> 'delivered' GROUP BY status", ct: ct))
            .ToDictionary(r => r.Item1, r => r.Item2);
        var oldest = await session.ExecuteScalarAsync<long?>("SELECT MIN(created_ms) FROM outbox WHERE status <> 'delivered'", ct: ct);
        var acked = await session.ExecuteScalarAsync<long?>("SELECT MAX(delivered_ms) FROM outbox WHERE status = 'delivered'", ct: ct);
        return new OutboxSummary(depth, oldest is { } o ? Time(o) : null, acked is { } a ? Time(a) : null);
    }

    public async Task<(IReadOnlyList<(string Target, TimeSpan Latency)> Delivered, DateTimeOffset? Newest)> DeliveredSinceAsync(IHubSession session, DateTimeOffset after, CancellationToken ct)
    {
        var rows = (await session.QueryAsync<(string, long, long)>(
            "SELECT target, created_ms, delivered_ms FROM outbox WHERE status = 'delivered' AND delivered_ms > @after ORDER BY delivered_ms LIMIT 100000",
            new { after = Ms(after) }, ct: ct)).ToList();
        return (rows.Select(r => (r.Item1, TimeSpan.FromMilliseconds(r.Item3 - r.Item2))).ToList(), rows.Count == 0 ? null : Time(rows[^1].Item3));
    }

    public async Task<IReadOnlyDictionary<string, long>> CardCountsAsync(IHubSession session, CancellationToken ct) =>
        (await session.QueryAsync<(string, long)>("SELECT level, COUNT(*) FROM supervision_cards GROUP BY level", ct: ct))
        .ToDictionary(r => r.Item1, r => r.Item2);

    private sealed class LastRaw
    {
        public string Channel { get; set; } = "";
        public object? At { get; set; }
    }
}
