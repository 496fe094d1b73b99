using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// The audit tables in one SQL dialect, used through a session's connection and transaction
/// (implemented in YiQiSuBan.Storage: Sqlite/ and Postgres/).
/// </summary>
public interface IAuditRepository
{
    /// <summary>The <see cref="IHubSession.Dialect"/> this repository speaks.</summary>
    string Dialect { get; }

    /// <summary>Serializes appenders until the session ends, so the chain never forks (PostgreSQL: advisory lock).</summary>
    Task LockChainAsync(IHubSession session, CancellationToken ct);

    Task<AuditEntry?> LastEntryAsync(IHubSession session, CancellationToken ct);

    Task InsertAsync(IHubSession session, AuditEntry entry, CancellationToken ct);

    /// <summary>All entries in stored order of seq.</summary>
    IAsyncEnumerable<AuditEntry> EntriesAsync(IHubSession session, CancellationToken ct);

    /// <summary>Entries whose subject is one of <paramref name="subjects"/>, by seq.</summary>
    Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(IHubSession session, IReadOnlyCollection<string> subjects, CancellationToken ct);

    /// <summary>entry_hash of entries 1..<paramref name="upToSeq"/>, by seq.</summary>
    Task<IReadOnlyList<string>> EntryHashesAsync(IHubSession session, long upToSeq, CancellationToken ct);

    Task InsertCheckpointAsync(IHubSession session, AuditCheckpoint checkpoint, CancellationToken ct);

    /// <summary>All checkpoints by id.</summary>
    Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(IHubSession session, CancellationToken ct);

    /// <summary>Raw payloads (with bytes) by id, of one channel or all.</summary>
    IAsyncEnumerable<ArchivedRaw> RawPayloadsAsync(IHubSession session, string? channel, CancellationToken ct);

    IAsyncEnumerable<StoredComplaintHash> ComplaintsAsync(IHubSession session, CancellationToken ct);

    /// <summary>Empties a payload's bytes; its digest row stays.</summary>
    Task ClearRawBytesAsync(IHubSession session, long rawId, CancellationToken ct);
}
