using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>audit checkpoint [--store …]</c>: signs a checkpoint over every audit entry so far and prints it.</summary>
public sealed class AuditCheckpointVerb : ICliVerb
{
    public string Name => "audit checkpoint";
    public string Usage => "audit checkpoint [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        if (!services.GetRequiredService<CheckpointSigner>().CanSign)
            throw new UsageException("no checkpoint key: set Audit:Keys (id + base64 secret) and Audit:SigningKeyId, e.g. in the environment");
        var checkpoint = await services.GetRequiredService<AuditLog>().CheckpointAsync(services.GetRequiredService<IHubStore>(), ct);
        await context.Out.WriteLineAsync(HubJson.Serialize(checkpoint));
        return 0;
    }
}
