namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>How a connector is doing, as kept in the store.</summary>
public static class ConnectorHealth
{
    public const string Healthy = "healthy";
    public const string Failing = "failing";

    /// <summary>The counterpart's layout or format changed: nothing can be read until the connector is adapted.</summary>
    public const string Drifted = "drifted";
}
