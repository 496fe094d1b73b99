using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// Sees every step of the pipeline inside its transaction, so what it writes (audit entries, outbox rows,
/// metrics) lands together with the complaint or not at all. Register any number of them.
/// </summary>
public interface IIngestObserver
{
    /// <summary>A raw payload was stored for the first time.</summary>
    Task OnRawStoredAsync(RawPayload payload, RawPayloadEntry raw, IHubSession session, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A complaint was created or changed and its event put on the feed (the event carries its seq).</summary>
    Task OnComplaintChangedAsync(Complaint? previous, FeedEvent feedEvent, string mappingVersion, IHubSession session, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A record (or payload) was quarantined.</summary>
    Task OnQuarantinedAsync(QuarantineItem item, IHubSession session, CancellationToken ct) => Task.CompletedTask;
}
