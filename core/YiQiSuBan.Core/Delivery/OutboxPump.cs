using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>
/// One dispatch round: leases the due heads of line (at most one per ordering key), sends them in parallel,
/// then records every outcome in one transaction. Returns how many messages it tried. Pumps on several nodes sharing
/// one PostgreSQL database take disjoint messages.
/// </summary>
public sealed class OutboxPump(IHubStore store, IOutboxStore outbox, IEnumerable<IDeliverySender> senders, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxPump> logger)
{
    private readonly Dictionary<string, IDeliverySender> _senders = senders.ToDictionary(s => s.Target, StringComparer.Ordinal);
    private readonly RetrySchedule _schedule = new(options.Value);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        IReadOnlyList<OutboxMessage> due;
        await using (var session = await store.BeginAsync(ct))
        {
            var now = clock.GetUtcNow();
            due = await outbox.ClaimDueAsync(session, now, now + options.Value.LeaseDuration, options.Value.BatchSize, ct);
            await session.CommitAsync(ct);
        }
        if (due.Count == 0) return 0;

        var outcomes = new DeliveryOutcome[due.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, due.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallel, CancellationToken = ct },
            async (i, token) => outcomes[i] = await SendAsync(due[i], token));

        await using (var session = await store.BeginAsync(ct))
        {
            var now = clock.GetUtcNow();
            for (var i = 0; i < due.Count; i++) await RecordAsync(session, due[i], outcomes[i], now, ct);
            await session.CommitAsync(ct);
        }
        return due.Count;
    }

    private Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct) =>
        _senders.TryGetValue(message.Target, out var sender)
            ? sender.SendAsync(message, ct)
            : Task.FromResult(DeliveryOutcome.Retry($"no sender is configured for target {message.Target}"));

    private async Task RecordAsync(IHubSession session, OutboxMessage message, DeliveryOutcome outcome, DateTimeOffset now, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        switch (outcome.Result)
        {
            case DeliveryResult.Delivered:
                await outbox.MarkDeliveredAsync(session, message.Id, attempts, now, ct);
                return;
            case DeliveryResult.Retry when _schedule.Next(message.CreatedAt, attempts, now, outcome.RetryAfter) is { } next:
                logger.LogInformation("Outbox {Id} to {Target} failed ({Error}), attempt {Attempts}; next at {Next:O}", message.Id, message.Target, outcome.Error, attempts, next);
                await outbox.MarkRetryAsync(session, message.Id, attempts, next, outcome.Error ?? "failed", ct);
                return;
            default:
                logger.LogWarning("Outbox {Id} to {Target} parked after {Attempts} attempts: {Error}", message.Id, message.Target, attempts, outcome.Error);
                await outbox.MarkParkedAsync(session, message.Id, attempts, outcome.Error ?? "failed", ct);
                return;
        }
    }
}
