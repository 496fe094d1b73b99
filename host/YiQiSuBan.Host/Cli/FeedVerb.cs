using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>feed [--after SEQ] [--store …]</c>: the stored feed as JSON lines.</summary>
public sealed class FeedVerb : ICliVerb
{
    public string Name => "feed";
    public string Usage => "feed [--after SEQ] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var after = long.TryParse(args.Option("after"), out var a) ? a : 0;
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var store = services.GetRequiredService<IHubStore>();
        while (true)
        {
            var page = await store.ReadFeedAsync(after, 1000, ct);
            if (page.Count == 0) return 0;
            foreach (var e in page) await context.Out.WriteLineAsync(HubJson.Serialize(e));
            after = page[^1].Seq;
        }
    }
}
