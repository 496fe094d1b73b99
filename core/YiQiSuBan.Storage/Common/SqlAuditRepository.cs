using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>The audit tables through the session's connection: the statements both dialects share; each dialect adds the rest.</summary>
/// <param name="parameter">Positional parameter i in the dialect's style (@p0… or $1…), for <see cref="IHubSession.WriteAsync"/>.</param>
public abstract class SqlAuditRepository(Func<int, string> parameter) : IAuditRepository
{
    private readonly string _insert = AuditSql.Insert(parameter);

    public abstract string Dialect { get; }

    public abstract Task LockChainAsync(IHubSession session, CancellationToken ct);

    public Task<AuditEntry?> LastEntryAsync(IHubSession session, CancellationToken ct) =>
        session.QuerySingleOrDefaultAsync<AuditEntry?>(AuditSql.Last, ct: ct);

    /// <summary>Through the session's prepared commands / write batch: on the hot path of every ingested record.</summary>
    public Task InsertAsync(IHubSession session, AuditEntry entry, CancellationToken ct) =>
        session.WriteAsync(_insert, AuditSql.InsertValues(entry), ct);

    public IAsyncEnumerable<AuditEntry> EntriesAsync(IHubSession session, CancellationToken ct) =>
        session.QueryUnbufferedAsync<AuditEntry>(AuditSql.All, ct: ct);

    public abstract Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(IHubSession session, IReadOnlyCollection<string> subjects, CancellationToken ct);

    public async Task<IReadOnlyList<string>> EntryHashesAsync(IHubSession session, long upToSeq, CancellationToken ct) =>
        (await session.QueryAsync<string>(AuditSql.Hashes, new { upToSeq }, ct: ct)).ToList();

    public Task InsertCheckpointAsync(IHubSession session, AuditCheckpoint checkpoint, CancellationToken ct) =>
        session.ExecuteAsync(AuditSql.InsertCheckpoint, checkpoint, ct: ct);

    public async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(IHubSession session, CancellationToken ct) =>
        (await session.QueryAsync<AuditCheckpoint>(AuditSql.Checkpoints, ct: ct)).ToList();

    public abstract IAsyncEnumerable<ArchivedRaw> RawPayloadsAsync(IHubSession session, string? channel, CancellationToken ct);

    public abstract IAsyncEnumerable<StoredComplaintHash> ComplaintsAsync(IHubSession session, CancellationToken ct);

    public abstract Task ClearRawBytesAsync(IHubSession session, long rawId, CancellationToken ct);
}
