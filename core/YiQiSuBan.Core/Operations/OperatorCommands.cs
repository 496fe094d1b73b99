using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>
/// Hand-made changes shared by the verbs and the ops console: dedupe split/join, outbox re-drive, audit
/// verification. Each one writes an operator.action audit entry (who, what, why).
/// </summary>
public sealed class OperatorCommands(IHubStore store, DedupeCorrections corrections, OutboxAdmin outbox, AuditVerifier verifier, OperatorActions actions, TimeProvider clock)
{
    /// <summary>The last verification this process ran (null until one ran).</summary>
    public VerificationRun? LastVerification { get; private set; }

    /// <summary>Splits or joins a pair; the correction, its feed events and the audit entry land together.</summary>
    public async Task<IReadOnlyList<FeedEvent>> CorrectAsync(string a, string b, LinkKind kind, string who, string? why, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var events = await corrections.ApplyAsync(session, a, b, kind, clock.GetUtcNow(), ct);
        await actions.RecordAsync(session, "dedupe:" + a, who, "dedupe." + kind.ToString().ToLowerInvariant(), why, ct, ("other", b), ("events", events.Count));
        await session.CommitAsync(ct);
        return events;
    }

    /// <summary>Re-drives one parked outbox message, or all when <paramref name="id"/> is null; returns how many.</summary>
    public async Task<int> RedriveOutboxAsync(long? id, string who, string? why, CancellationToken ct = default)
    {
        var count = await outbox.RetryAsync(id, ct);
        await using var session = await store.BeginAsync(ct);
        await actions.RecordAsync(session, id is { } one ? "outbox:" + one : "outbox:parked", who, "outbox.redrive", why, ct, ("redriven", count));
        await session.CommitAsync(ct);
        return count;
    }

    /// <summary>Runs a full verification and records that it ran (and whether it matched).</summary>
    public async Task<VerificationRun> VerifyAuditAsync(string who, string? why, CancellationToken ct = default)
    {
        var result = await verifier.VerifyAsync(store, ct);
        var run = new VerificationRun(clock.GetUtcNow(), who, result);
        await using (var session = await store.BeginAsync(ct))
        {
            await actions.RecordAsync(session, "audit", who, "audit.verify", why, ct, ("ok", result.Ok), ("entries", result.Entries), ("findings", result.Findings.Count));
            await session.CommitAsync(ct);
        }
        LastVerification = run;
        return run;
    }
}
