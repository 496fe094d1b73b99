namespace YiQiSuBan.Core.Telemetry;

/// <summary>The last sample of the store-derived gauges (outbox, cards, connector lag), swapped whole by a sampler.</summary>
public sealed record HubGauges
{
    private static HubGauges _current = new();

    public static HubGauges Current { get => Volatile.Read(ref _current); set => Volatile.Write(ref _current, value); }

    public IReadOnlyDictionary<string, long> OutboxDepth { get; init; } = new Dictionary<string, long>();
    public double OutboxOldestAgeSeconds { get; init; }
    public IReadOnlyDictionary<string, double> ConnectorLagSeconds { get; init; } = new Dictionary<string, double>();
    public IReadOnlyDictionary<string, long> Cards { get; init; } = new Dictionary<string, long>();
}
