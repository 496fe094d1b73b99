using System.Globalization;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>dedupe explain &lt;idA&gt; &lt;idB&gt;</c>: the score breakdown of a pair (identity fields, similarity, gap, decision).</summary>
public sealed class DedupeExplainVerb : ICliVerb
{
    public string Name => "dedupe explain";
    public string Usage => "dedupe explain <idA> <idB> [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var (a, b) = (args.Positional(0, "<idA>"), args.Positional(1, "<idB>"));
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var index = services.GetRequiredService<IDedupeIndex>();
        var options = services.GetRequiredService<DedupeOptions>();
        await using var session = await services.GetRequiredService<IHubStore>().BeginAsync(ct);
        var docs = (await index.GetDocsAsync(session, [a, b], ct)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        if (!docs.TryGetValue(a, out var x) || !docs.TryGetValue(b, out var y))
        {
            await context.Error.WriteLineAsync("error: both complaints must be indexed by dedupe (ingested with dedupe on)");
            return 1;
        }
        var overrides = await index.OverridesOfAsync(session, a, ct);
        var stored = (await index.LinksOfAsync(session, [a], ct)).FirstOrDefault(l => l.Other(a) == b);
        var scored = new PairScorer(options).Score(x, y, overrides.TryGetValue(b, out var o) ? o : null);
        await context.Out.WriteAsync(Explanation.Write(scored, stored, x, y, options));
        return 0;
    }
}

/// <summary>The text of <c>dedupe explain</c>: field names only, never identity values (personal data).</summary>
public static class Explanation
{
    public static string Write(DedupeLink scored, DedupeLink? stored, DedupeDoc x, DedupeDoc y, DedupeOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"pair          {scored.A} {scored.B}",
            $"identity      agreed: {List(scored.Agreed)}; conflicting: {List(scored.Conflicting)}; known fields: {Fields(x)} / {Fields(y)}",
            string.Create(inv, $"similarity    {scored.Similarity:0.000} (bigram containment; duplicate ≥ {options.DuplicateSimilarity:0.00} with identity, ≥ {options.AnonymousDuplicateSimilarity:0.00} without; related ≥ {options.RelatedSimilarity:0.00})"),
            string.Create(inv, $"time gap      {scored.GapDays:0.##} days (window {options.WindowDays} days)"),
            $"decision      {scored.Kind.ToString().ToLowerInvariant()}",
            $"stored link   {(stored is null ? "none" : stored.Kind.ToString().ToLowerInvariant())}",
            $"groups        {x.GroupRoot} / {y.GroupRoot} ({(x.GroupRoot == y.GroupRoot ? "same complainant and matter" : "different groups")})",
        };
        return string.Join('\n', lines) + "\n";
    }

    private static string List(IReadOnlyList<string> fields) => fields.Count == 0 ? "-" : string.Join(',', fields);

    private static string Fields(DedupeDoc d) => List(d.Identity.Select(IdentityKeys.FieldOf).Distinct().ToList());
}
