using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Delivery.BackChannels;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Status;

/// <summary>
/// Takes a status report in one transaction: stores it on the timeline; when it is the newest, moves the
/// complaint's state, puts complaint.updated on the feed (and in the case-system outbox) and queues it
/// for the source channel's back channel.
/// </summary>
public sealed class StatusIntake(IHubStore store, IStatusStore statuses, OutboxWriter outbox, BackChannelRouter backChannels, OutboxSignal signal, TimeProvider clock)
{
    public async Task<StatusResult> ApplyAsync(string complaintId, StatusUpdate update, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var stored = await session.GetComplaintAsync(complaintId, ct);
        if (stored?.Complaint is not { } complaint) return new StatusResult { Found = false };

        var timeline = await statuses.TimelineAsync(session, complaintId, ct);
        var applied = timeline.Where(s => s.Applied).All(s => s.Update.At <= update.At);
        var now = clock.GetUtcNow();
        var statusId = await statuses.AddAsync(session, new StoredStatus { ComplaintId = complaintId, Update = update, ReceivedAt = now, Applied = applied }, ct);
        if (!applied)
        {
            await session.CommitAsync(ct);
            return new StatusResult { Found = true, Applied = false };
        }

        var changed = complaint with { Status = complaint.Status with { State = StatusStates.StateOf(update.Kind) } };
        await session.SaveComplaintAsync(stored with { Complaint = changed, ContentHash = ContentDigest.Of(changed) }, ct);
        var feedEvent = new FeedEvent { Type = FeedEventTypes.Updated, ComplaintId = complaintId, At = now, Complaint = changed };
        feedEvent = feedEvent with { Seq = await session.AppendFeedAsync(feedEvent, ct) };
        await outbox.OnFeedEventAsync(feedEvent, session, ct);
        var forwarded = await backChannels.EnqueueAsync(session, changed, update, HandlingUnits.Current(timeline), statusId, ct);
        await session.CommitAsync(ct);
        signal.Notify();
        return new StatusResult { Found = true, Applied = true, Seq = feedEvent.Seq, Forwarded = forwarded };
    }
}
