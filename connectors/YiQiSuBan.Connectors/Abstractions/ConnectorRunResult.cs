namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>What one run of a connector did.</summary>
public sealed record ConnectorRunResult
{
    public required string Key { get; init; }
    public int Batches { get; set; }
    public int Payloads { get; set; }
    public int DuplicatePayloads { get; set; }
    public int Records { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Quarantined { get; set; }
    public string Health { get; set; } = ConnectorHealth.Healthy;
    public string? Error { get; set; }
    public bool Succeeded => Error is null;
}
