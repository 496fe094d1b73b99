using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>audit verify [--store …]</c>: recomputes chain, checkpoints, payload digests and complaint hashes; exit 1 on any mismatch.</summary>
public sealed class AuditVerifyVerb : ICliVerb
{
    private const int Shown = 50;

    public string Name => "audit verify";
    public string Usage => "audit verify [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var result = await services.GetRequiredService<AuditVerifier>().VerifyAsync(services.GetRequiredService<IHubStore>(), ct);
        await context.Out.WriteLineAsync($"checked {result.Entries} audit entries, {result.Checkpoints} checkpoints, {result.Payloads} raw payloads ({result.PrunedPayloads} pruned), {result.Complaints} complaints");
        if (result.Ok)
        {
            await context.Out.WriteLineAsync("ok: everything matches");
            return 0;
        }
        await context.Out.WriteLineAsync($"MISMATCH (first): {result.Findings[0]}");
        foreach (var finding in result.Findings.Skip(1).Take(Shown - 1)) await context.Out.WriteLineAsync($"  also: {finding}");
        if (result.Findings.Count > Shown) await context.Out.WriteLineAsync($"  … {result.Findings.Count - Shown} more");
        return 1;
    }
}
