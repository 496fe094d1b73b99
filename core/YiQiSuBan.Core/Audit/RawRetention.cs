using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// Prunes raw bytes by <see cref="AuditOptions.RetentionDays"/>, never below what the audit needs: only payloads
/// older than the channel's days whose raw.received entry is already inside a checkpoint lose their bytes. The
/// digest row stays, and a raw.pruned entry records the removal so verification accepts the empty bytes.
/// </summary>
public sealed class RawRetention(AuditLog log, IOptions<AuditOptions> options)
{
    public async Task<int> PruneAsync(IHubStore store, CancellationToken ct = default)
    {
        var days = options.Value.RetentionDays;
        if (days.Count == 0) return 0;
        await using var session = await store.BeginAsync(ct);
        var repository = log.Repository(session);
        var checkpoints = await repository.CheckpointsAsync(session, ct);
        var covered = checkpoints.Count == 0 ? 0 : checkpoints.Max(c => c.TreeSize);
        var received = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var e in repository.EntriesAsync(session, ct))
        {
            if (e.Seq > covered) break;
            if (e.Kind == AuditKinds.RawReceived) received[e.Subject] = e.Seq;
            else if (e.Kind == AuditKinds.RawPruned) received.Remove(e.Subject);
        }
        var now = log.Time.GetUtcNow();
        var due = new List<ArchivedRaw>();
        foreach (var (channel, keepDays) in days)
            await foreach (var raw in repository.RawPayloadsAsync(session, channel, ct))
                if (raw.ReceivedAt < now.AddDays(-keepDays) && raw.Bytes is { Length: > 0 } && received.ContainsKey(AuditKinds.RawSubject(raw.Id)))
                    due.Add(raw with { Bytes = null });
        foreach (var raw in due)
        {
            var subject = AuditKinds.RawSubject(raw.Id);
            await repository.ClearRawBytesAsync(session, raw.Id, ct);
            await log.AppendAsync(session, AuditKinds.RawPruned, subject, AuditBody.Of(("sha256", raw.Sha256), ("receivedSeq", received[subject])), ct);
        }
        await session.CommitAsync(ct);
        return due.Count;
    }
}
