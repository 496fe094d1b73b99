using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Adds an already mapped complaint (no payload, no parser) through the matcher: stored, put on the feed as created,
/// follow-ups applied. For evaluation sets and tests that have complaints rather than payloads.
/// </summary>
public sealed class DirectMatching(DedupeMatcher matcher, IngestPipeline pipeline)
{
    /// <summary>Returns the feed events it produced (the complaint's own first).</summary>
    public async Task<IReadOnlyList<FeedEvent>> AddAsync(Complaint complaint, IHubSession session, CancellationToken ct = default)
    {
        var matched = await matcher.MatchAsync(complaint, session, ct);
        var followUp = matcher.TakeFollowUp(session);
        await session.SaveComplaintAsync(new StoredComplaint
        {
            Id = complaint.Id,
            Snapshot = new SourceRecord { Channel = complaint.Channel, SourceId = complaint.SourceId, Fields = new Dictionary<string, string?>() },
            Complaint = matched, ContentHash = ContentDigest.Of(matched), MappingVersion = "direct",
        }, ct);
        var type = matched.DuplicateOf is null ? FeedEventTypes.Created : FeedEventTypes.Duplicate;
        var created = new FeedEvent { Type = type, ComplaintId = complaint.Id, At = complaint.ReceivedAt, Complaint = matched };
        created = created with { Seq = await session.AppendFeedAsync(created, ct) };
        var report = new IngestReport { Channel = complaint.Channel, File = "direct" };
        report.Events.Add(created);
        await pipeline.ApplyFollowUpAsync(followUp, complaint.ReceivedAt, session, report, ct);
        return report.Events;
    }
}
