using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>Read-only counts for the ops console and the metrics sampler, through the caller's session.</summary>
public interface IOpsQueries
{
    /// <summary>Per channel: stored complaints, open quarantine items, last payload received.</summary>
    Task<IReadOnlyList<ChannelCounts>> ChannelCountsAsync(IHubSession session, CancellationToken ct);

    /// <summary>Channel and time of each complaint's first feed event (created, or duplicate when it arrived as one), newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<(string Channel, DateTimeOffset At)>> CreatedAsync(IHubSession session, int limit, CancellationToken ct);

    /// <summary>Roots of duplicate groups with more than one member, most recently grown first.</summary>
    Task<IReadOnlyList<string>> DuplicateGroupRootsAsync(IHubSession session, int limit, CancellationToken ct);

    /// <summary>Outbox depth per status (undelivered only), the oldest undelivered creation time and the last acknowledgement.</summary>
    Task<OutboxSummary> OutboxSummaryAsync(IHubSession session, CancellationToken ct);

    /// <summary>(target, latency) of messages acknowledged after <paramref name="after"/>, and the newest acknowledgement time seen.</summary>
    Task<(IReadOnlyList<(string Target, TimeSpan Latency)> Delivered, DateTimeOffset? Newest)> DeliveredSinceAsync(IHubSession session, DateTimeOffset after, CancellationToken ct);

    /// <summary>Supervision cards per level.</summary>
    Task<IReadOnlyDictionary<string, long>> CardCountsAsync(IHubSession session, CancellationToken ct);
}
