using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Supervision;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>supervision list [--scan]</c>: raised yellow/red cards as JSON lines; --scan raises what is due first.</summary>
public sealed class SupervisionListVerb : ICliVerb
{
    public string Name => "supervision list";
    public string Usage => "supervision list [--scan] [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        if (args.Flag("scan")) await services.GetRequiredService<OverdueScanner>().RunOnceAsync(ct);
        foreach (var card in await services.GetRequiredService<SupervisionQueries>().CardsAsync(ct))
            await context.Out.WriteLineAsync(HubJson.Serialize(card));
        return 0;
    }
}
