using System.Globalization;
using System.Runtime.CompilerServices;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>The audit tables on SQLite. One writer at a time already, so the chain lock is the store's writer lock.</summary>
public sealed class SqliteAuditRepository() : SqlAuditRepository(i => "@p" + i)
{
    public override string Dialect => "sqlite";

    public override Task LockChainAsync(IHubSession session, CancellationToken ct) => Task.CompletedTask;

    public override async Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(IHubSession session, IReadOnlyCollection<string> subjects, CancellationToken ct) =>
        (await session.QueryAsync<AuditEntry>($"SELECT {AuditSql.EntryColumns} FROM audit_log WHERE subject IN @subjects ORDER BY seq", new { subjects }, ct: ct)).ToList();

    public override async IAsyncEnumerable<ArchivedRaw> RawPayloadsAsync(IHubSession session, string? channel, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = session.QueryUnbufferedAsync<RawRow>(AuditSql.RawPayloads("@channel IS NULL OR channel = @channel", "CAST(bytes AS BLOB)"), new { channel }, ct: ct);
        await foreach (var r in rows.WithCancellation(ct))
            yield return new ArchivedRaw(r.Id, r.Channel, r.Name, r.Sha256, DateTimeOffset.Parse(r.ReceivedAt, CultureInfo.InvariantCulture), r.Delivery, AuditSql.Original(r.Bytes, r.Encoding, r.Size));
    }

    public override IAsyncEnumerable<StoredComplaintHash> ComplaintsAsync(IHubSession session, CancellationToken ct) =>
        session.QueryUnbufferedAsync<StoredComplaintHash>(AuditSql.Complaints, ct: ct);

    public override Task ClearRawBytesAsync(IHubSession session, long rawId, CancellationToken ct) =>
        session.ExecuteAsync("UPDATE raw_payloads SET bytes = x'', encoding = 'identity' WHERE id = @rawId", new { rawId }, ct: ct);

    private sealed record RawRow(long Id, string Channel, string Name, string Sha256, string ReceivedAt, string Delivery, byte[] Bytes, string Encoding, long Size);
}
