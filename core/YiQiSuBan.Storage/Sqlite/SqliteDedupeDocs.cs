using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// Dedupe documents and lookup rows on SQLite, through the write connection's raw statements (SQLite has no asynchronous
/// I/O, and a complaint's match runs tens of these): a lookup is one range scan per key, newest first, over the
/// (key, at, doc_no) b-tree, then one rowid read per candidate document.
/// </summary>
internal sealed class SqliteDedupeDocs : IDedupeDocTable
{
    private static readonly string Upsert = DedupeDocRow.Upsert(i => "?" + i) + " RETURNING doc_no";

    private const string InsertKey = "INSERT OR IGNORE INTO dedupe_lookup(key, at, doc_no) VALUES (?1, ?2, ?3)";
    private const string DeleteKey = "DELETE FROM dedupe_lookup WHERE key = ?1 AND at = ?2 AND doc_no = ?3";
    private const string ById = $"SELECT {DedupeDocRow.Columns}, doc_no FROM dedupe_docs WHERE complaint_id = ?1";
    private static readonly string Overrides = DedupeOverridesSql.Touching("?1");
    internal const string Scan = "SELECT doc_no FROM dedupe_lookup WHERE key = ?1 AND at BETWEEN ?2 AND ?3 AND doc_no <> ?4 ORDER BY at DESC LIMIT ?5";
    private const string ByNo = $"SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE doc_no = ?1";

    public Task UpsertAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<long> added, IReadOnlyList<long> stale, long staleAt, CancellationToken ct)
    {
        var commands = SqliteStatements.Of(session);
        var docNo = commands.Statement(Upsert).Text(1, doc.Id).Text(2, doc.Channel).Integer(3, doc.At).Text(4, doc.Text)
            .Text(5, string.Join('\n', doc.Identity)).Text(6, doc.GroupRoot).Blob(7, doc.Shingles.ToBytes()).Run()!.Value;
        var delete = commands.Statement(DeleteKey);
        foreach (var key in stale) delete.Integer(1, key).Integer(2, staleAt).Integer(3, docNo).Run();
        var insert = commands.Statement(InsertKey);
        foreach (var key in added) insert.Integer(1, key).Integer(2, doc.At).Integer(3, docNo).Run();
        return Task.CompletedTask;
    }

    public Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<long> keys, long fromAt, long toAt, int maxPerKey, CancellationToken ct)
    {
        var commands = SqliteStatements.Of(session);
        DedupeDoc? stored = null;
        var self = -1L;
        commands.Statement(ById).Text(1, id).ForEachRow(row => (stored, self) = (Read(row), row.ColumnInteger(7)));
        var overrides = new List<(string A, string B, string Kind)>();
        commands.Statement(Overrides).Text(1, id).ForEachRow(row => overrides.Add((row.ColumnText(0), row.ColumnText(1), row.ColumnText(2))));
        return Task.FromResult(new MatchReading(stored, SqlDedupeIndex.Partners(id, overrides), Candidates(commands, keys, fromAt, toAt, self, maxPerKey)));
    }

    private static IReadOnlyList<DedupeDoc> Candidates(SqliteCommandCache commands, IReadOnlyList<long> keys, long fromAt, long toAt, long exceptNo, int maxPerKey)
    {
        var found = new SortedSet<long>();
        var scan = commands.Statement(Scan);
        foreach (var key in keys)
            scan.Integer(1, key).Integer(2, fromAt).Integer(3, toAt).Integer(4, exceptNo).Integer(5, maxPerKey).ForEachRow(row => found.Add(row.ColumnInteger(0)));
        var docs = new List<DedupeDoc>(found.Count);
        var read = commands.Statement(ByNo);
        foreach (var no in found) read.Integer(1, no).ForEachRow(row => docs.Add(Read(row)));
        return docs;
    }

    /// <summary>The document of a row whose first columns are <see cref="DedupeDocRow.Columns"/>.</summary>
    private static DedupeDoc Read(SqliteRawStatement row) =>
        new DedupeDocRow(row.ColumnText(0), row.ColumnText(1), row.ColumnInteger(2), row.ColumnText(3), row.ColumnText(4), row.ColumnText(5), row.ColumnBlob(6)).ToDoc();
}
