using YiQiSuBan.Core.Access;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>apikeys list</c>: names, roles and dates (never keys or hashes).</summary>
public sealed class ApiKeysListVerb : ICliVerb
{
    public string Name => "apikeys list";
    public string Usage => "apikeys list [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        foreach (var k in await services.GetRequiredService<ApiKeyService>().ListAsync(ct))
            await context.Out.WriteLineAsync($"{k.Name}\t{k.Role}\tcreated {k.CreatedAt:O}\t{(k.RevokedAt is { } r ? "revoked " + r.ToString("O") : "active")}");
        return 0;
    }
}
