namespace YiQiSuBan.Host.Ops;

/// <summary>
/// What the console needs of the live connectors: their states, and "check" / "run now" per channel. The
/// connectors branch implements it (registering its own IConnectorStates replaces the stored-counts fallback,
/// <see cref="StoredConnectorStates"/>).
/// </summary>
public interface IConnectorStates
{
    /// <summary>False when check and run-now are not available (the console disables the buttons and says why).</summary>
    bool CanControl { get; }

    /// <summary>Why the buttons are off, when <see cref="CanControl"/> is false.</summary>
    string? ControlNote { get; }

    Task<IReadOnlyList<ConnectorState>> ListAsync(CancellationToken ct);

    /// <summary>Probes the channel's source (reachability, credentials, format) and returns a short operator-readable result.</summary>
    Task<string> CheckAsync(string channel, CancellationToken ct);

    /// <summary>Starts a poll of the channel now and returns a short operator-readable result.</summary>
    Task<string> RunNowAsync(string channel, CancellationToken ct);
}
