using YiQiSuBan.Core.Operations;
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
        await using var session = await services.GetRequiredService<IHubStore>().BeginAsync(ct);
        var text = await services.GetRequiredService<LinkExplainer>().ExplainAsync(session, a, b, ct);
        if (text is null)
        {
            await context.Error.WriteLineAsync("error: both complaints must be indexed by dedupe (ingested with dedupe on)");
            return 1;
        }
        await context.Out.WriteAsync(text);
        return 0;
    }
}
