namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// A live connection to one channel's counterpart: it checks the counterpart and reads payloads from a position.
/// Connectors only produce raw payloads; parsing is the channel format's job.
/// </summary>
public interface IChannelConnector
{
    /// <summary>The channel key (hotline12345, people-board, …).</summary>
    string Key { get; }

    /// <summary>Checks reach, credentials and page layout without storing anything.</summary>
    Task<ConnectorCheck> CheckAsync(CancellationToken ct);

    /// <summary>
    /// Reads everything after <paramref name="position"/> (null: from the configured start) as batches; each batch
    /// carries the position that covers it, saved with its payloads in one transaction.
    /// </summary>
    IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, CancellationToken ct);
}
