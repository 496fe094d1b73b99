using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>The outbox table, written and read inside hub sessions (so enqueueing joins the ingest transaction).</summary>
public interface IOutboxStore
{
    Task<long> EnqueueAsync(IHubSession session, OutboxMessage message, CancellationToken ct = default);

    /// <summary>
    /// Pending messages whose time has come, that no dispatcher holds a lease on and that are first in line for their
    /// ordering key (no earlier undelivered message of the same key), oldest first; leased to the caller until
    /// <paramref name="leaseUntil"/> once the session commits. Recording an outcome ends the lease; a dispatcher that dies
    /// mid-send leaves it to expire, and another sends the message again (receivers de-duplicate by webhook-id).
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(IHubSession session, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken ct = default);

    Task MarkDeliveredAsync(IHubSession session, long id, int attempts, DateTimeOffset at, CancellationToken ct = default);

    Task MarkRetryAsync(IHubSession session, long id, int attempts, DateTimeOffset next, string error, CancellationToken ct = default);

    Task MarkParkedAsync(IHubSession session, long id, int attempts, string error, CancellationToken ct = default);

    /// <summary>Messages, newest first; <paramref name="status"/> null lists all.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListAsync(IHubSession session, string? status, int limit, CancellationToken ct = default);

    /// <summary>Puts parked messages (one by id, or all when null) back to pending, due now; returns how many.</summary>
    Task<int> RedriveAsync(IHubSession session, long? id, DateTimeOffset now, CancellationToken ct = default);
}
