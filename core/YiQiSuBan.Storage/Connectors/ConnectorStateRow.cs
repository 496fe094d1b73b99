namespace YiQiSuBan.Storage.Connectors;

/// <summary>One row of connector_state, as stored (times are ISO-8601 text).</summary>
public sealed record ConnectorStateRow
{
    public string Connector { get; init; } = "";
    public string? Position { get; init; }
    public string? PositionAt { get; init; }
    public string? LastRunAt { get; init; }
    public string? LastSuccessAt { get; init; }
    public string? LastError { get; init; }
    public long Failures { get; init; }
    public string Health { get; init; } = "healthy";
    public long Payloads { get; init; }
    public long Records { get; init; }
    public long Quarantined { get; init; }
}
