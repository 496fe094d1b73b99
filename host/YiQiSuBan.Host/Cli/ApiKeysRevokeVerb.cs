using YiQiSuBan.Core.Access;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>apikeys revoke &lt;name&gt;</c>.</summary>
public sealed class ApiKeysRevokeVerb : ICliVerb
{
    public string Name => "apikeys revoke";
    public string Usage => "apikeys revoke <name> [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var name = args.Positional(0, "<name>");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        if (await services.GetRequiredService<ApiKeyService>().RevokeAsync(name, ct)) return 0;
        await context.Error.WriteLineAsync($"error: no active key named '{name}'");
        return 1;
    }
}
