using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>Operator view of the outbox: list messages and re-drive parked ones (used by the verbs and the ops API).</summary>
public sealed class OutboxAdmin(IHubStore store, IOutboxStore outbox, OutboxSignal signal, TimeProvider clock)
{
    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(string? status, int limit = 1000, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        return await outbox.ListAsync(session, status, limit, ct);
    }

    /// <summary>Re-drives one parked message, or all of them when <paramref name="id"/> is null; returns how many.</summary>
    public async Task<int> RetryAsync(long? id, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var count = await outbox.RedriveAsync(session, id, clock.GetUtcNow(), ct);
        await session.CommitAsync(ct);
        if (count > 0) signal.Notify();
        return count;
    }
}
