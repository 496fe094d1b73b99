using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>quarantine list [--store …]</c>: quarantined records with stage and reason, as JSON lines.</summary>
public sealed class QuarantineListVerb : ICliVerb
{
    public string Name => "quarantine list";
    public string Usage => "quarantine list [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        foreach (var item in await services.GetRequiredService<IHubStore>().ListQuarantineAsync(10_000, ct))
            await context.Out.WriteLineAsync(HubJson.Serialize(item));
        return 0;
    }
}
