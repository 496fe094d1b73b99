namespace YiQiSuBan.Host.Ops;

/// <summary>
/// A channel connector as the console shows it. <see cref="State"/> is healthy, failing, drifted (the source's
/// format changed) or off. Counts come from the store; position, lag and last run from the connector runner.
/// </summary>
public sealed record ConnectorState
{
    public required string Channel { get; init; }
    public required string State { get; init; }
    public DateTimeOffset? LastRunAt { get; init; }
    public string? Position { get; init; }
    public double? LagSeconds { get; init; }
    public long Errors { get; init; }
    public long Quarantined { get; init; }
    public long Complaints { get; init; }
    public DateTimeOffset? LastReceivedAt { get; init; }
    public string? LastError { get; init; }

    public const string Healthy = "healthy";
    public const string Failing = "failing";
    public const string Drifted = "drifted";
    public const string Off = "off";
}
