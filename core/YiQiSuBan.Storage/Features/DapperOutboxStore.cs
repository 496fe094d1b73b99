using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>The outbox table through the session's connection and transaction, in the session's dialect.</summary>
public sealed class DapperOutboxStore : IOutboxStore
{
    public async Task<long> EnqueueAsync(IHubSession session, OutboxMessage message, CancellationToken ct = default) =>
        await session.ExecuteScalarAsync<long>(FeatureSql.For(session.Dialect).OutboxInsert,
            new { message.EventId, message.Target, message.OrderingKey, message.ComplaintId, message.Body, CreatedMs = Ms(message.CreatedAt), NextMs = Ms(message.NextAttemptAt) }, ct: ct);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(IHubSession session, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken ct = default) =>
        (await session.QueryAsync<Outbox>(FeatureSql.For(session.Dialect).OutboxClaimDue, new { now = Ms(now), until = Ms(leaseUntil), limit }, ct: ct))
        .Select(r => r.ToMessage()).OrderBy(m => m.Id).ToList();

    public Task MarkDeliveredAsync(IHubSession session, long id, int attempts, DateTimeOffset at, CancellationToken ct = default) =>
        session.ExecuteAsync(FeatureSql.For(session.Dialect).OutboxDelivered, new { id, attempts, at = Ms(at) }, ct: ct);

    public Task MarkRetryAsync(IHubSession session, long id, int attempts, DateTimeOffset next, string error, CancellationToken ct = default) =>
        session.ExecuteAsync(FeatureSql.For(session.Dialect).OutboxRetry, new { id, attempts, next = Ms(next), error }, ct: ct);

    public Task MarkParkedAsync(IHubSession session, long id, int attempts, string error, CancellationToken ct = default) =>
        session.ExecuteAsync(FeatureSql.For(session.Dialect).OutboxParked, new { id, attempts, error }, ct: ct);

    public async Task<IReadOnlyList<OutboxMessage>> ListAsync(IHubSession session, string? status, int limit, CancellationToken ct = default) =>
        (await session.QueryAsync<Outbox>(FeatureSql.For(session.Dialect).OutboxList, new { status, limit }, ct: ct))
        .Select(r => r.ToMessage()).ToList();

    public Task<int> RedriveAsync(IHubSession session, long? id, DateTimeOffset now, CancellationToken ct = default) =>
        session.ExecuteAsync(FeatureSql.For(session.Dialect).OutboxRedrive, new { id, now = Ms(now) }, ct: ct);
}
