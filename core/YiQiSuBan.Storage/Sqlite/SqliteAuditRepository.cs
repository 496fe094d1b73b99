using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>The audit tables on SQLite. One writer at a time already, so the chain lock is the store's writer lock.</summary>
public sealed class SqliteAuditRepository : IAuditRepository
{
    public string Dialect => "sqlite";

    public Task LockChainAsync(IHubSession session, CancellationToken ct) => Task.CompletedTask;

    public Task<AuditEntry?> LastEntryAsync(IHubSession session, CancellationToken ct) =>
        session.Connection.QuerySingleOrDefaultAsync<AuditEntry?>(AuditSql.Last, transaction: session.Transaction);

    public Task InsertAsync(IHubSession session, AuditEntry entry, CancellationToken ct) =>
        session.Connection.ExecuteAsync(AuditSql.Insert, entry, session.Transaction);

    public IAsyncEnumerable<AuditEntry> EntriesAsync(IHubSession session, CancellationToken ct) =>
        session.Connection.QueryUnbufferedAsync<AuditEntry>(AuditSql.All, transaction: session.Transaction);

    public async Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(IHubSession session, IReadOnlyCollection<string> subjects, CancellationToken ct) =>
        (await session.Connection.QueryAsync<AuditEntry>($"SELECT {AuditSql.EntryColumns} FROM audit_log WHERE subject IN @subjects ORDER BY seq", new { subjects }, session.Transaction)).ToList();

    public async Task<IReadOnlyList<string>> EntryHashesAsync(IHubSession session, long upToSeq, CancellationToken ct) =>
        (await session.Connection.QueryAsync<string>(AuditSql.Hashes, new { upToSeq }, session.Transaction)).ToList();

    public Task InsertCheckpointAsync(IHubSession session, AuditCheckpoint checkpoint, CancellationToken ct) =>
        session.Connection.ExecuteAsync(AuditSql.InsertCheckpoint, checkpoint, session.Transaction);

    public async Task<IReadOnlyList<AuditCheckpoint>> CheckpointsAsync(IHubSession session, CancellationToken ct) =>
        (await session.Connection.QueryAsync<AuditCheckpoint>(AuditSql.Checkpoints, transaction: session.Transaction)).ToList();

    public async IAsyncEnumerable<ArchivedRaw> RawPayloadsAsync(IHubSession session, string? channel, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = session.Connection.QueryUnbufferedAsync<RawRow>(AuditSql.RawPayloads("@channel IS NULL OR channel = @channel", "CAST(bytes AS BLOB)"), new { channel }, session.Transaction);
        await foreach (var r in rows.WithCancellation(ct))
            yield return new ArchivedRaw(r.Id, r.Channel, r.Name, r.Sha256, DateTimeOffset.Parse(r.ReceivedAt, CultureInfo.InvariantCulture), r.Delivery, AuditSql.Original(r.Bytes, r.Encoding, r.Size));
    }

    public IAsyncEnumerable<StoredComplaintHash> ComplaintsAsync(IHubSession session, CancellationToken ct) =>
        session.Connection.QueryUnbufferedAsync<StoredComplaintHash>(AuditSql.Complaints, transaction: session.Transaction);

    public Task ClearRawBytesAsync(IHubSession session, long rawId, CancellationToken ct) =>
        session.Connection.ExecuteAsync("UPDATE raw_payloads SET bytes = x'', encoding = 'identity' WHERE id = @rawId", new { rawId }, session.Transaction);

    private sealed record RawRow(long Id, string Channel, string Name, string Sha256, string ReceivedAt, string Delivery, byte[] Bytes, string Encoding, long Size);
}
