using System.Diagnostics;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// <c>dedupe</c> mode: bulk-fills a fresh store's dedupe index with N synthetic complaints (<see cref="DedupeBulkFill"/>),
/// warms it up, then times M candidate lookups of new complaints through the matcher's own lookup path
/// (<see cref="CandidateFinder.ReadAsync"/>: the stored document and corrections, capped per-key candidates and their
/// documents) and their scoring, and
/// prints the median and p99.
/// </summary>
internal static class DedupeBench
{
    private static readonly DateTimeOffset Start = new(2021, 1, 1, 8, 0, 0, TimeSpan.FromHours(8));

    public static async Task RunAsync(DedupeBenchOptions o)
    {
        var corpus = DedupeCorpus.Load(Path.Combine(RepoPaths.SharedChannels, "expected-dev.jsonl"), o.Seed, o.Complaints / 3);
        var index = new SqlDedupeIndex();
        var seconds = o.Days * 86400L;
        await using ITempStore temp = o.Store == "postgres" ? await TempPostgres.CreateSchemaAsync() : new TempSqlite();
        await temp.Store.MigrateAsync();

        var sw = Stopwatch.StartNew();
        var keys = await DedupeBulkFill.FillAsync(temp.Store, index, corpus, o.Complaints, Start, seconds);
        Console.WriteLine($"stored {o.Complaints} complaints ({keys} lookup keys) over {o.Days} days in {sw.Elapsed.TotalSeconds:F1} s ({o.Store})");

        foreach (var cap in o.Caps)
            await LookupsAsync(o, temp.Store, index, corpus, new DedupeOptions { MaxCandidatesPerKey = cap }.Validated(), seconds);
    }

    private static async Task LookupsAsync(DedupeBenchOptions o, IHubStore store, IDedupeIndex index, DedupeCorpus corpus, DedupeOptions options, long seconds)
    {
        var finder = new CandidateFinder(index, options);
        var scorer = new PairScorer(options);
        var lookup = new List<double>(o.Lookups);
        var match = new List<double>(o.Lookups);
        var candidates = new List<int>(o.Lookups);
        var random = new Random(o.Seed + 1);
        var sw = new Stopwatch();
        await using (var session = await store.BeginAsync())
        {
            for (var q = 0; q < o.Warmup + o.Lookups; q++)
            {
                var at = Start.AddSeconds(random.NextInt64(seconds));
                var doc = DedupeDoc.From(corpus.Make(o.Complaints + q, at));
                var lookupKeys = CandidateFinder.LookupKeys(doc);
                sw.Restart();
                var found = (await finder.ReadAsync(session, doc, lookupKeys, CancellationToken.None)).Candidates;
                var lookupMs = sw.Elapsed.TotalMilliseconds;
                foreach (var c in found) scorer.Score(doc, c);
                if (q < o.Warmup) continue;
                lookup.Add(lookupMs);
                match.Add(sw.Elapsed.TotalMilliseconds);
                candidates.Add(found.Count);
            }
        }
        Console.WriteLine($"{o.Lookups} lookups (after {o.Warmup} warm-up) at N = {o.Complaints} ({o.Store}, at most {options.MaxCandidatesPerKey} per key): " +
            $"candidate lookup median {Percentile(lookup, 0.5):F2} ms, p99 {Percentile(lookup, 0.99):F2} ms; with scoring median {Percentile(match, 0.5):F2} ms, " +
            $"p99 {Percentile(match, 0.99):F2} ms; candidates median {Percentile(candidates.Select(c => (double)c).ToList(), 0.5):F0}, max {candidates.Max()} (load average {LoadAverage.Read()})");
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
