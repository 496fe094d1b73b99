using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>Writes outbox rows inside the caller's session: one per feed event for the case system (when push is on).</summary>
public sealed class OutboxWriter(IOutboxStore outbox, IOptions<CaseSystemOptions> caseSystem, TimeProvider clock)
{
    /// <summary>Stable event id of a feed event: the same seq always gives the same webhook-id.</summary>
    public static string EventIdFor(FeedEvent feedEvent) => "evt_" + feedEvent.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Queues the feed event (which carries its seq) for the case system.</summary>
    public async Task OnFeedEventAsync(FeedEvent feedEvent, IHubSession session, CancellationToken ct)
    {
        if (!caseSystem.Value.Enabled) return;
        await EnqueueAsync(session, OutboxTargets.CaseSystem, EventIdFor(feedEvent), feedEvent.ComplaintId, HubJson.Serialize(feedEvent), ct);
    }

    /// <summary>Queues any message for a target, due now.</summary>
    public Task<long> EnqueueAsync(IHubSession session, string target, string eventId, string complaintId, string body, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return outbox.EnqueueAsync(session, new OutboxMessage
        {
            EventId = eventId, Target = target, OrderingKey = OutboxMessage.KeyFor(target, complaintId), ComplaintId = complaintId,
            Body = body, CreatedAt = now, NextAttemptAt = now,
        }, ct);
    }
}
