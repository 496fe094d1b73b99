using System.Diagnostics;
using System.Globalization;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// <c>dedupe eval [path] [--pairs FILE]</c>: replays a labelled set and prints pairwise precision/recall/F1 for
/// duplicate and related, beside the exact-text and (with <c>--postgres</c> or a postgres store) pg_trgm baselines.
/// PATH is a channels folder (payloads replayed through the pipeline; expected-dev.jsonl resolves offline rows) or an
/// expected-*.jsonl file (its complaints matched directly, e.g. while parsers are missing).
/// </summary>
public sealed class DedupeEvalVerb : ICliVerb
{
    public string Name => "dedupe eval";
    public string Usage => "dedupe eval [path] [--pairs FILE] [--expected FILE] [--shuffle SEED] [--include-unsure] [--errors FILE] [--postgres CONNSTRING] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var path = args.Positionals.Count > 0 ? args.Positionals[0] : Path.Combine("..", "shared", "channels");
        var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!;
        var expected = args.Option("expected") ?? (File.Exists(path) ? path : Path.Combine(folder, "expected-dev.jsonl"));
        var pairsPath = args.Option("pairs") ?? Path.Combine(folder, "dedupe-dev.jsonl");
        var store = args.Option("store");
        var temp = store is null ? Path.Combine(Path.GetTempPath(), "yiqisuban-eval-" + Guid.NewGuid().ToString("N")) : null;
        store ??= "sqlite:" + Path.Combine(temp!, "hub.db");
        try
        {
            var set = LabelledSet.Load(expected);
            await using var services = await context.ServicesAsync(store, ct);
            var clock = Stopwatch.StartNew();
            int count;
            if (Directory.Exists(path)) count = await ReplayAsync(services, path, ct);
            else count = await MatchDirectlyAsync(services, set.Complaints, args.Option("shuffle"), ct);
            clock.Stop();

            var final = await FinalStateAsync(services.GetRequiredService<IHubStore>(), ct);
            var offlineByContent = Directory.Exists(path)
                ? final.Values.Where(c => c.Channel == "offline").GroupBy(c => LabelledSet.Squash(c.Content)).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal)
                : null;
            var pairs = set.Pairs(pairsPath, args.Flag("include-unsure"), offlineByContent is null ? null : c => offlineByContent.GetValueOrDefault(c));
            var evaluation = new PairEvaluation(final.ToDictionary(c => c.Key, c => (c.Value.DuplicateOf, c.Value.Related), StringComparer.Ordinal));
            var scorer = services.GetRequiredService<DedupeMatcher>().Scorer;

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{count} complaints matched in {clock.Elapsed.TotalSeconds:0.0} s ({clock.Elapsed.TotalMilliseconds / Math.Max(1, count):0.00} ms each); {pairs.Count} labelled pairs"));
            await Print(context, "matcher", PairEvaluation.Score(pairs, evaluation.Predict));
            if (args.Option("errors") is { } errorsPath)
                await File.WriteAllLinesAsync(errorsPath, pairs.Select(p => (p, predicted: evaluation.Predict(p.A, p.B))).Where(x => x.predicted != x.p.Label)
                    .Select(x => $"{x.p.A}\t{x.p.B}\t{x.p.Label}\t{x.predicted}"), ct);
            await Print(context, "exact text (baseline)", PairEvaluation.Score(pairs, DedupeBaselines.Exact(final, scorer)));
            var postgres = args.Option("postgres") ?? (store.StartsWith("postgres:", StringComparison.Ordinal) ? store["postgres:".Length..] : null);
            if (postgres is not null)
                await Print(context, $"pg_trgm similarity ≥ {DedupeBaselines.TrigramThreshold} (baseline)", PairEvaluation.Score(pairs, await DedupeBaselines.TrigramAsync(postgres, final, scorer, pairs, ct)));
            return 0;
        }
        finally
        {
            if (temp is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static async Task Print(CliContext context, string title, IReadOnlyList<PairScores> scores)
    {
        await context.Out.WriteLineAsync(title);
        foreach (var s in scores) await context.Out.WriteLineAsync("  " + s);
    }

    private static async Task<int> ReplayAsync(ServiceProvider services, string path, CancellationToken ct)
    {
        var entries = RecordedPayloads.Find(path, null, services.GetRequiredService<FormatRegistry>().Channels);
        var summary = await services.GetRequiredService<ReplayRunner>().RunAsync(entries, _ => { }, null, ct);
        return summary.TotalRecords;
    }

    /// <summary>Matches complaints read from expected lines (no parsing), in filing order or shuffled.</summary>
    private static async Task<int> MatchDirectlyAsync(ServiceProvider services, IReadOnlyList<Complaint> complaints, string? shuffleSeed, CancellationToken ct)
    {
        var direct = services.GetRequiredService<DirectMatching>();
        var store = services.GetRequiredService<IHubStore>();
        var order = complaints.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        if (int.TryParse(shuffleSeed, out var seed)) order = order.Shuffled(seed);
        foreach (var chunk in order.Chunk(500))
        {
            await using var session = await store.BeginAsync(ct);
            foreach (var c in chunk) await direct.AddAsync(c, session, ct);
            await session.CommitAsync(ct);
        }
        return order.Count;
    }

    private static async Task<Dictionary<string, Complaint>> FinalStateAsync(IHubStore store, CancellationToken ct)
    {
        var final = new Dictionary<string, Complaint>(StringComparer.Ordinal);
        for (long after = 0; ;)
        {
            var page = await store.ReadFeedAsync(after, 5000, ct);
            if (page.Count == 0) return final;
            foreach (var e in page.Where(e => e.Complaint is not null)) final[e.ComplaintId] = e.Complaint!;
            after = page[^1].Seq;
        }
    }
}
