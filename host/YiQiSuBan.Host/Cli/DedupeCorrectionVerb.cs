using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Operations;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>dedupe split|join &lt;idA&gt; &lt;idB&gt;</c>: an operator correction, kept and sent on the feed.</summary>
public sealed class DedupeCorrectionVerb(LinkKind kind) : ICliVerb
{
    public string Name => "dedupe " + kind.ToString().ToLowerInvariant();
    public string Usage => Name + " <idA> <idB> [--why TEXT] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var (a, b) = (args.Positional(0, "<idA>"), args.Positional(1, "<idB>"));
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var events = await services.GetRequiredService<OperatorCommands>().CorrectAsync(a, b, kind, CliContext.Operator, args.Option("why"), ct);
        foreach (var e in events) await context.Out.WriteLineAsync(HubJson.Serialize(e));
        return 0;
    }
}
