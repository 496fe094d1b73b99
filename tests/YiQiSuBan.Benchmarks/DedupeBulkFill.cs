using System.Data.Common;
using System.Diagnostics;
using Dapper;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Fills a dedupe index fast, with no candidate search: documents go in through the index's own insert code
/// (<see cref="IDedupeIndex.UpsertDocAsync"/>), many to a transaction, while the next batch's documents (normalization,
/// shingles, MinHash keys) are made on the other cores. On PostgreSQL the index stores their keys too; on SQLite the key
/// rows (the same (key hash, at, document) rows the index writes) are staged in a temporary table and put into the key b-tree
/// in its own order at the end, because a million documents' keys inserted in random key order make every commit
/// rewrite most of the tree.
/// </summary>
internal static class DedupeBulkFill
{
    private const int Batch = 20000;

    /// <summary>Stores complaints 0..count-1 of <paramref name="corpus"/>, filed evenly over <paramref name="seconds"/> from <paramref name="start"/>; returns the number of key rows.</summary>
    public static async Task<long> FillAsync(IHubStore store, IDedupeIndex index, DedupeCorpus corpus, int count, DateTimeOffset start, long seconds)
    {
        var sw = Stopwatch.StartNew();
        long keys = 0;
        var next = Task.Run(() => Make(corpus, 0, count, start, seconds));
        for (var from = 0; from < count; from += Batch)
        {
            var docs = await next;
            if (from + Batch < count) next = Task.Run(() => Make(corpus, from + Batch, count, start, seconds));
            await using var session = await store.BeginAsync();
            var staged = session.Dialect == "sqlite" ? await StagingAsync(session, from == 0) : null;
            foreach (var (doc, lookup) in docs)
            {
                await index.UpsertDocAsync(session, doc, staged is null ? lookup : [], null, CancellationToken.None);
                if (staged is not null) await StageAsync(staged, doc, lookup);
                keys += lookup.Count;
            }
            await session.CommitAsync();
            if (staged is not null) await staged.DisposeAsync();
            if (from / Batch % 10 == 9) Console.WriteLine($"  {from + docs.Length} documents stored, {sw.Elapsed.TotalSeconds:F0} s");
        }
        await using (var session = await store.BeginAsync())
        {
            if (session.Dialect == "sqlite")
            {
                await session.Connection.ExecuteAsync(
                    """
                    INSERT INTO dedupe_lookup(key, at, doc_no) SELECT b.key, b.at, d.doc_no FROM temp.bulk_keys b JOIN dedupe_docs d ON d.complaint_id = b.complaint_id
                    ORDER BY 1, 2, 3;
                    DROP TABLE temp.bulk_keys
                    """,
                    transaction: session.Transaction, commandTimeout: 0);
                Console.WriteLine($"  keys sorted into the index, {sw.Elapsed.TotalSeconds:F0} s");
            }
            await session.CommitAsync();
        }
        return keys;
    }

    private static async Task<DbCommand> StagingAsync(IHubSession session, bool create)
    {
        if (create) await session.Connection.ExecuteAsync("CREATE TEMP TABLE bulk_keys(key INTEGER NOT NULL, at INTEGER NOT NULL, complaint_id TEXT NOT NULL)", transaction: session.Transaction);
        var command = session.Connection.CreateCommand();
        command.Transaction = session.Transaction;
        command.CommandText = "INSERT INTO temp.bulk_keys(key, at, complaint_id) VALUES (@k, @at, @id)";
        foreach (var name in new[] { "@k", "@at", "@id" })
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            command.Parameters.Add(p);
        }
        return command;
    }

    private static async Task StageAsync(DbCommand staged, DedupeDoc doc, IReadOnlyList<string> lookup)
    {
        staged.Parameters[1].Value = doc.At;
        staged.Parameters[2].Value = doc.Id;
        foreach (var key in LookupKeyHash.Of(lookup))
        {
            staged.Parameters[0].Value = key;
            await staged.ExecuteNonQueryAsync();
        }
    }

    private static (DedupeDoc Doc, IReadOnlyList<string> Keys)[] Make(DedupeCorpus corpus, int from, int count, DateTimeOffset start, long seconds)
    {
        // the corpus' random source is sequential; the documents are made in parallel from its complaints
        var complaints = Enumerable.Range(from, Math.Min(Batch, count - from)).Select(i => corpus.Make(i, start.AddSeconds(seconds * i / count))).ToList();
        return complaints.AsParallel().AsOrdered().Select(c =>
        {
            var doc = DedupeDoc.From(c);
            return (doc, CandidateFinder.LookupKeys(doc));
        }).ToArray();
    }
}
