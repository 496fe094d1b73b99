using System.Security.Claims;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 审计: last checkpoint, last verification, run a verification.</summary>
public static class AuditOpsEndpoints
{
    public static void Map(RouteGroupBuilder ops)
    {
        ops.MapGet("/audit", async (IHubStore store, AuditLog log, OperatorCommands commands, CancellationToken ct) =>
        {
            await using var session = await store.BeginAsync(ct);
            var repository = log.Repository(session);
            var checkpoints = await repository.CheckpointsAsync(session, ct);
            var last = await repository.LastEntryAsync(session, ct);
            return HubResults.Json(new { entries = last?.Seq ?? 0, lastCheckpoint = checkpoints.Count > 0 ? checkpoints[^1] : null, lastVerification = View(commands.LastVerification) });
        }).WithSummary("Audit trail size, last signed checkpoint and the last verification this hub ran");
        ops.MapPost("/audit/verify", async (OperatorReason? reason, ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct) =>
            HubResults.Json(View(await commands.VerifyAuditAsync(Operator.Of(user), reason?.Why, ct))))
            .WithSummary("Recompute the chain, checkpoints, payload digests and complaint hashes");
    }

    private static object? View(VerificationRun? run) => run is null ? null : new
    {
        run.At, run.Who, run.Result.Ok, run.Result.Entries, run.Result.Checkpoints, run.Result.Payloads, run.Result.Complaints,
        findings = run.Result.Findings.Take(50).Select(f => f.ToString()), findingCount = run.Result.Findings.Count,
    };
}
