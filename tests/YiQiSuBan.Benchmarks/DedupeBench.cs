using System.Data.Common;
using System.Diagnostics;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// <c>dedupe</c> mode: fills a fresh SQLite dedupe index with N synthetic complaints (bulk inserts, keys as the matcher
/// makes them), then times M candidate lookups of new complaints (find candidates, read them, score them) and prints
/// the median and p99.
/// </summary>
internal static class DedupeBench
{
    private static readonly DateTimeOffset Start = new(2021, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static async Task RunAsync(DedupeBenchOptions o)
    {
        var corpus = DedupeCorpus.Load(Path.Combine(RepoPaths.SharedChannels, "expected-dev.jsonl"), o.Seed, o.Complaints / 3);
        var options = new DedupeOptions();
        var index = new SqlDedupeIndex();
        var finder = new CandidateFinder(index, options);
        var scorer = new PairScorer(options);
        var seconds = o.Days * 86400L;
        await using var temp = await TempSqlite.CreateAsync();

        var sw = Stopwatch.StartNew();
        long keys = 0;
        const int Batch = 20000;
        for (var from = 0; from < o.Complaints; from += Batch)
        {
            await using var session = await temp.Store.BeginAsync();
            keys += await InsertAsync(session, Enumerable.Range(from, Math.Min(Batch, o.Complaints - from))
                .Select(i => DedupeDoc.From(corpus.Make(i, Start.AddSeconds(seconds * i / o.Complaints)))));
            await session.CommitAsync();
        }
        Console.WriteLine($"stored {o.Complaints} complaints ({keys} lookup keys) over {o.Days} days in {sw.Elapsed.TotalSeconds:F1} s");

        var lookup = new List<double>(o.Lookups);
        var match = new List<double>(o.Lookups);
        var candidates = new List<int>(o.Lookups);
        var random = new Random(o.Seed + 1);
        await using (var session = await temp.Store.BeginAsync())
        {
            for (var q = 0; q < o.Lookups; q++)
            {
                var at = Start.AddSeconds(random.NextInt64(seconds));
                var doc = DedupeDoc.From(corpus.Make(o.Complaints + q, at));
                sw.Restart();
                var found = await finder.FindAsync(session, doc, CandidateFinder.LookupKeys(doc), [], CancellationToken.None);
                lookup.Add(sw.Elapsed.TotalMilliseconds);
                foreach (var c in found) scorer.Score(doc, c);
                match.Add(sw.Elapsed.TotalMilliseconds);
                candidates.Add(found.Count);
            }
        }
        Console.WriteLine($"{o.Lookups} lookups at N = {o.Complaints}: candidate lookup median {Percentile(lookup, 0.5):F2} ms, p99 {Percentile(lookup, 0.99):F2} ms; " +
            $"with scoring median {Percentile(match, 0.5):F2} ms, p99 {Percentile(match, 0.99):F2} ms; candidates median {Percentile(candidates.Select(c => (double)c).ToList(), 0.5):F0}, max {candidates.Max()} (load average {LoadAverage.Read()})");
    }

    private static async Task<long> InsertAsync(IHubSession session, IEnumerable<DedupeDoc> docs)
    {
        await using var doc = Command(session, "INSERT INTO dedupe_docs(complaint_id, channel, at, text, identity, group_root, shingles) VALUES ($id, $channel, $at, $text, $identity, $id, $shingles)", "$id", "$channel", "$at", "$text", "$identity", "$shingles");
        await using var key = Command(session, "INSERT OR IGNORE INTO dedupe_keys(key, complaint_id, at) VALUES ($key, $id, $at)", "$key", "$id", "$at");
        long count = 0;
        foreach (var d in docs)
        {
            Set(doc, d.Id, d.Channel, d.At, d.Text, string.Join('\n', d.Identity), d.Shingles.ToBytes());
            await doc.ExecuteNonQueryAsync();
            foreach (var k in CandidateFinder.LookupKeys(d))
            {
                Set(key, k, d.Id, d.At);
                await key.ExecuteNonQueryAsync();
                count++;
            }
        }
        return count;
    }

    private static DbCommand Command(IHubSession session, string sql, params string[] names)
    {
        var cmd = session.Connection.CreateCommand();
        cmd.Transaction = session.Transaction;
        cmd.CommandText = sql;
        foreach (var n in names)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = n;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    private static void Set(DbCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
