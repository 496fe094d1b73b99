namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>A connector's run status as the store keeps it.</summary>
public sealed record ConnectorStatus
{
    public required string Key { get; init; }
    public string? Position { get; init; }
    public DateTimeOffset? PositionAt { get; init; }
    public DateTimeOffset? LastRunAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public string? LastError { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string Health { get; init; } = ConnectorHealth.Healthy;
    public long Payloads { get; init; }
    public long Records { get; init; }
    public long Quarantined { get; init; }

    /// <summary>Time since the last successful run (null: never succeeded).</summary>
    public TimeSpan? LagAt(DateTimeOffset now) => LastSuccessAt is { } s ? now - s : null;
}
