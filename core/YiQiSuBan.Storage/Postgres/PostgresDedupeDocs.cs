using Npgsql;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Dedupe documents and lookup rows on PostgreSQL: writes join the session's write batch (the key rows find their
/// document number by the complaint id, so nothing waits for an answer); a lookup is one statement, one capped range
/// scan per key (LATERAL) and the documents they name, sent in the same round trip as the writes still queued.
/// </summary>
internal sealed class PostgresDedupeDocs : IDedupeDocTable
{
    private static readonly string Upsert = DedupeDocRow.Upsert(i => "$" + i);

    private const string DeleteKeys =
        "DELETE FROM dedupe_lookup WHERE key = ANY($3) AND at = $2 AND doc_no = (SELECT doc_no FROM dedupe_docs WHERE complaint_id = $1)";

    private const string InsertKeys =
        "INSERT INTO dedupe_lookup(key, at, doc_no) SELECT k, $2, d.doc_no FROM dedupe_docs d, unnest($3::bigint[]) AS k WHERE d.complaint_id = $1 ON CONFLICT DO NOTHING";

    /// <summary>Parameters: $1 key hashes (bigint[]), $2 and $3 the window, $4 the complaint left out, $5 how many per key.</summary>
    private const string Candidates =
        $"""
        SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE doc_no IN (
          SELECT c.doc_no FROM unnest($1::bigint[]) AS k(key) CROSS JOIN LATERAL (
            SELECT l.doc_no FROM dedupe_lookup l
            WHERE l.key = k.key AND l.at BETWEEN $2 AND $3
              AND l.doc_no IS DISTINCT FROM (SELECT s.doc_no FROM dedupe_docs s WHERE s.complaint_id = $4)
            ORDER BY l.at DESC LIMIT $5) AS c)
        ORDER BY complaint_id
        """;

    private const string StoredDoc = $"SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE complaint_id = $1";
    private static readonly string Overrides = DedupeOverridesSql.Touching("$1");

    public async Task UpsertAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<long> added, IReadOnlyList<long> stale, long staleAt, CancellationToken ct)
    {
        await session.WriteAsync(Upsert, [doc.Id, doc.Channel, doc.At, doc.Text, string.Join('\n', doc.Identity), doc.GroupRoot, doc.Shingles.ToBytes()], ct);
        if (stale.Count > 0) await session.WriteAsync(DeleteKeys, [doc.Id, staleAt, stale.ToArray()], ct);
        if (added.Count > 0) await session.WriteAsync(InsertKeys, [doc.Id, doc.At, added.ToArray()], ct);
    }

    public Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<long> keys, long fromAt, long toAt, int maxPerKey, CancellationToken ct) =>
        Of(session).ReadAfterWritesAsync(
            [Command(StoredDoc, id), Command(Overrides, id), Command(Candidates, keys.ToArray(), fromAt, toAt, id, maxPerKey)],
            async reader =>
            {
                var stored = (await DocsAsync(reader, ct)).SingleOrDefault();
                await reader.NextResultAsync(ct);
                var overrides = new List<(string A, string B, string Kind)>();
                while (await reader.ReadAsync(ct)) overrides.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                await reader.NextResultAsync(ct);
                return new MatchReading(stored, SqlDedupeIndex.Partners(id, overrides), await DocsAsync(reader, ct));
            }, ct);

    private static PostgresHubSession Of(IHubSession session) =>
        session as PostgresHubSession ?? throw new ArgumentException("not a PostgreSQL session", nameof(session));

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    /// <summary>The documents of the reader's current result (columns <see cref="DedupeDocRow.Columns"/>).</summary>
    private static async Task<IReadOnlyList<DedupeDoc>> DocsAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        var docs = new List<DedupeDoc>();
        while (await reader.ReadAsync(ct)) docs.Add(DedupeDocRow.Read(reader));
        return docs;
    }
}
