using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Operator corrections: <c>split</c> (never the same complainant-and-matter) and <c>join</c> (the same). The
/// correction is kept in the store, so later matching respects it; the pair is re-matched at once and every
/// complaint that changes goes on the feed, after a <c>dedupe.split</c>/<c>dedupe.join</c> notice.
/// </summary>
public sealed class DedupeCorrections(IDedupeIndex index, DedupeMatcher matcher, IngestPipeline pipeline)
{
    /// <summary>Applies a correction inside <paramref name="session"/>; returns the feed events it produced.</summary>
    public async Task<IReadOnlyList<FeedEvent>> ApplyAsync(IHubSession session, string a, string b, LinkKind kind, DateTimeOffset at, CancellationToken ct)
    {
        if (kind is not (LinkKind.Split or LinkKind.Join)) throw new ArgumentException("a correction is split or join", nameof(kind));
        if (a == b) throw new ArgumentException("a correction needs two different complaints");
        var first = await session.GetComplaintAsync(a, ct);
        var second = await session.GetComplaintAsync(b, ct);
        if (first?.Complaint is null || second?.Complaint is null) throw new ArgumentException("unknown complaint id");
        await index.SetOverrideAsync(session, a, b, kind, at, ct);

        var report = new IngestReport { Channel = "dedupe", File = kind.ToString().ToLowerInvariant() };
        var notice = new FeedEvent { Type = kind == LinkKind.Split ? DedupeFeedEvents.Split : DedupeFeedEvents.Join, ComplaintId = a, At = at };
        await pipeline.ApplyFollowUpAsync(new MatchFollowUp { Notices = [notice] }, at, session, report, ct);
        foreach (var id in new[] { a, b })
        {
            var stored = (await session.GetComplaintAsync(id, ct))!.Complaint!;
            var matched = await matcher.MatchAsync(stored, session, ct);
            var followUp = matcher.TakeFollowUp(session);
            await pipeline.ReviseAsync(matched, at, session, report, ct);
            await pipeline.ApplyFollowUpAsync(followUp, at, session, report, ct);
        }
        return report.Events;
    }
}
