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
        await context.Out.WriteAsync(PairExplanation.Write(scored, stored, x, y, options));
        return 0;
    }
}
