using Dapper;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Dedupe documents and lookup rows on PostgreSQL: writes join the session's write batch (the key rows find their
/// document number by the complaint id, so nothing waits for an answer); a lookup is one statement, one capped range
/// scan per key (LATERAL) and the documents they name.
/// </summary>
internal sealed class PostgresDedupeDocs : IDedupeDocTable
{
    private const string Upsert =
        $"""
        INSERT INTO dedupe_docs({DedupeDocRow.Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT(complaint_id) DO UPDATE SET at = excluded.at, text = excluded.text, identity = excluded.identity, shingles = excluded.shingles
        """;

    private const string DeleteKeys =
        "DELETE FROM dedupe_lookup WHERE key = ANY($3) AND at = $2 AND doc_no = (SELECT doc_no FROM dedupe_docs WHERE complaint_id = $1)";

    private const string InsertKeys =
        "INSERT INTO dedupe_lookup(key, at, doc_no) SELECT k, $2, d.doc_no FROM dedupe_docs d, unnest($3::bigint[]) AS k WHERE d.complaint_id = $1 ON CONFLICT DO NOTHING";

    private const string Candidates =
        $"""
        SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE doc_no IN (
          SELECT c.doc_no FROM unnest(@keys) AS k(key) CROSS JOIN LATERAL (
            SELECT l.doc_no FROM dedupe_lookup l
            WHERE l.key = k.key AND l.at BETWEEN @fromAt AND @toAt
              AND l.doc_no IS DISTINCT FROM (SELECT s.doc_no FROM dedupe_docs s WHERE s.complaint_id = @exceptId)
            ORDER BY l.at DESC LIMIT @maxPerKey) AS c)
        ORDER BY complaint_id
        """;

    public async Task UpsertAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<long> added, IReadOnlyList<long> stale, long staleAt, CancellationToken ct)
    {
        await session.WriteAsync(Upsert, [doc.Id, doc.Channel, doc.At, doc.Text, string.Join('\n', doc.Identity), doc.GroupRoot, doc.Shingles.ToBytes()], ct);
        if (stale.Count > 0) await session.WriteAsync(DeleteKeys, [doc.Id, staleAt, stale.ToArray()], ct);
        if (added.Count > 0) await session.WriteAsync(InsertKeys, [doc.Id, doc.At, added.ToArray()], ct);
    }

    private const string ReadForMatch =
        $"""
        SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE complaint_id = @exceptId;
        SELECT a, b, kind FROM dedupe_overrides WHERE a = @exceptId UNION SELECT a, b, kind FROM dedupe_overrides WHERE b = @exceptId;
        {Candidates}
        """;

    public async Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<long> keys, long fromAt, long toAt, int maxPerKey, CancellationToken ct)
    {
        await using var results = await session.Connection.QueryMultipleAsync(
            ReadForMatch, new { keys = keys.ToArray(), fromAt, toAt, exceptId = id, maxPerKey }, session.Transaction);
        var stored = (await results.ReadAsync<DedupeDocRow>()).SingleOrDefault()?.ToDoc();
        var overrides = await results.ReadAsync<(string A, string B, string Kind)>();
        var candidates = (await results.ReadAsync<DedupeDocRow>()).Select(r => r.ToDoc()).ToList();
        return new MatchReading(stored, SqlDedupeIndex.Partners(id, overrides), candidates);
    }

    public async Task<IReadOnlyList<DedupeDoc>> CandidatesAsync(IHubSession session, IReadOnlyList<long> keys, long fromAt, long toAt, string exceptId, int maxPerKey, CancellationToken ct)
    {
        var rows = await session.Connection.QueryAsync<DedupeDocRow>(
            Candidates, new { keys = keys.ToArray(), fromAt, toAt, exceptId, maxPerKey }, session.Transaction);
        return rows.Select(r => r.ToDoc()).ToList();
    }
}
