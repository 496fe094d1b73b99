using YiQiSuBan.Core.Access;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>apikeys add &lt;name&gt; --role ops|case-system|read-only</c>: prints the new key once (only its hash is stored).</summary>
public sealed class ApiKeysAddVerb : ICliVerb
{
    public string Name => "apikeys add";
    public string Usage => "apikeys add <name> --role ops|case-system|read-only [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var name = args.Positional(0, "<name>");
        var role = args.Option("role");
        if (!ApiRole.IsValid(role)) throw new UsageException($"--role must be one of {string.Join(", ", ApiRole.All)}");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var key = await services.GetRequiredService<ApiKeyService>().AddAsync(name, role!, ct);
        if (key is null)
        {
            await context.Error.WriteLineAsync($"error: an active key named '{name}' exists; revoke it first");
            return 1;
        }
        await context.Out.WriteLineAsync(key);
        await context.Error.WriteLineAsync("Store this key now: it is not shown again.");
        return 0;
    }
}
