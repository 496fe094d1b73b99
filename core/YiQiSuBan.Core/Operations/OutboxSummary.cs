namespace YiQiSuBan.Core.Operations;

/// <summary>Outbox depth by status (pending, parked), the oldest undelivered message and the last acknowledgement.</summary>
public sealed record OutboxSummary(IReadOnlyDictionary<string, long> Depth, DateTimeOffset? OldestUndeliveredAt, DateTimeOffset? LastAcknowledgedAt);
