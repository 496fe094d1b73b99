using System.Text.Json;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// <c>audit proof &lt;complaintId&gt; [--store …]</c>: the complaint's lineage (raw digest → canonical versions →
/// deliveries) with RFC 9162 inclusion proofs against the latest checkpoint, as JSON.
/// </summary>
public sealed class AuditProofVerb : ICliVerb
{
    public string Name => "audit proof";
    public string Usage => "audit proof <complaintId> [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var id = args.Positional(0, "<complaintId>");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var proof = await services.GetRequiredService<AuditProofBuilder>().BuildAsync(services.GetRequiredService<IHubStore>(), id, ct);
        if (proof is null)
        {
            await context.Error.WriteLineAsync($"no audit entries for complaint {id}");
            return 1;
        }
        await context.Out.WriteLineAsync(JsonSerializer.Serialize(proof, HubJson.Files));
        if (proof.Lineage.Any(p => p.InclusionProof is null))
            await context.Error.WriteLineAsync("some entries are newer than the latest checkpoint (no inclusion proof yet): run audit checkpoint");
        return 0;
    }
}
