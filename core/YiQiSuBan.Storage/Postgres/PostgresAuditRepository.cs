using System.Runtime.CompilerServices;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// The audit tables on PostgreSQL. Appenders on any node take a transaction-scoped advisory lock before reading
/// the chain head, so two transactions never link to the same predecessor.
/// </summary>
public sealed class PostgresAuditRepository() : SqlAuditRepository(i => "$" + (i + 1))
{
    private const string LockChain = "SELECT pg_advisory_xact_lock(1498501955, hashtext(coalesce(current_schema(), '')))";

    public override string Dialect => "postgres";

    public override Task LockChainAsync(IHubSession session, CancellationToken ct) =>
        session.ExecuteAsync(LockChain, ct: ct);

    public override async Task<IReadOnlyList<AuditEntry>> EntriesAboutAsync(IHubSession session, IReadOnlyCollection<string> subjects, CancellationToken ct) =>
        (await session.QueryAsync<AuditEntry>($"SELECT {AuditSql.EntryColumns} FROM audit_log WHERE subject = ANY(@subjects) ORDER BY seq", new { subjects = subjects.ToArray() }, ct: ct)).ToList();

    public override async IAsyncEnumerable<ArchivedRaw> RawPayloadsAsync(IHubSession session, string? channel, [EnumeratorCancellation] CancellationToken ct)
    {
        var rows = session.QueryUnbufferedAsync<RawRow>(
            AuditSql.RawPayloads("@channel::text IS NULL OR channel = @channel::text"), new { channel }, ct: ct);
        await foreach (var r in rows.WithCancellation(ct))
            yield return new ArchivedRaw(r.Id, r.Channel, r.Name, r.Sha256, new DateTimeOffset(DateTime.SpecifyKind(r.ReceivedAt, DateTimeKind.Utc)), r.Delivery, AuditSql.Original(r.Bytes, r.Encoding, r.Size));
    }

    public override IAsyncEnumerable<StoredComplaintHash> ComplaintsAsync(IHubSession session, CancellationToken ct) =>
        session.QueryUnbufferedAsync<StoredComplaintHash>(
            "SELECT id, complaint::text AS ComplaintJson, content_hash AS ContentHash FROM current_complaints ORDER BY id", ct: ct);

    public override Task ClearRawBytesAsync(IHubSession session, long rawId, CancellationToken ct) =>
        session.ExecuteAsync("UPDATE raw_payloads SET bytes = ''::bytea, encoding = 'identity' WHERE id = @rawId", new { rawId }, ct: ct);

    private sealed record RawRow(long Id, string Channel, string Name, string Sha256, DateTime ReceivedAt, string Delivery, byte[] Bytes, string Encoding, long Size);
}
