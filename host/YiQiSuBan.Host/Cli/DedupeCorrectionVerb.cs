using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>dedupe split|join &lt;idA&gt; &lt;idB&gt;</c>: an operator correction, kept and sent on the feed.</summary>
public sealed class DedupeCorrectionVerb(LinkKind kind) : ICliVerb
{
    public string Name => "dedupe " + kind.ToString().ToLowerInvariant();
    public string Usage => Name + " <idA> <idB> [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var (a, b) = (args.Positional(0, "<idA>"), args.Positional(1, "<idB>"));
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        await using var session = await services.GetRequiredService<IHubStore>().BeginAsync(ct);
        var events = await services.GetRequiredService<DedupeCorrections>().ApplyAsync(session, a, b, kind, DateTimeOffset.UtcNow, ct);
        await session.CommitAsync(ct);
        foreach (var e in events) await context.Out.WriteLineAsync(HubJson.Serialize(e));
        return 0;
    }
}
