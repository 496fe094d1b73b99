using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Pipeline;

namespace YiQiSuBan.Core.Telemetry;

/// <summary>Counts what the pipeline does: payloads stored, feed events, quarantines and dedupe links, per channel.</summary>
public sealed class MetricsIngestObserver : IIngestObserver
{
    public Task OnRawStoredAsync(RawPayload payload, RawPayloadEntry raw, IHubSession session, CancellationToken ct)
    {
        HubMetrics.PayloadsIn.Add(1, HubMetrics.Channel(payload.Channel));
        return Task.CompletedTask;
    }

    public Task OnComplaintChangedAsync(Complaint? previous, FeedEvent feedEvent, string mappingVersion, IHubSession session, CancellationToken ct)
    {
        if (feedEvent.Complaint is not { } c) return Task.CompletedTask;
        HubMetrics.RecordsOut.Add(1, HubMetrics.Channel(c.Channel, "type", feedEvent.Type));
        if (c.DuplicateOf is not null && c.DuplicateOf != previous?.DuplicateOf)
            HubMetrics.DedupeLinks.Add(1, HubMetrics.Channel(c.Channel, "kind", "duplicate"));
        var newRelated = c.Related.Count(r => previous?.Related.Contains(r) != true);
        if (newRelated > 0) HubMetrics.DedupeLinks.Add(newRelated, HubMetrics.Channel(c.Channel, "kind", "related"));
        return Task.CompletedTask;
    }

    public Task OnQuarantinedAsync(QuarantineItem item, IHubSession session, CancellationToken ct)
    {
        HubMetrics.Quarantined.Add(1, HubMetrics.Channel(item.Channel, "stage", item.Stage));
        return Task.CompletedTask;
    }
}
