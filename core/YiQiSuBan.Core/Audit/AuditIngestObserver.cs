using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>Writes the pipeline's steps to the audit chain inside the ingest transaction (no personal data).</summary>
public sealed class AuditIngestObserver(AuditLog log) : IIngestObserver
{
    public Task OnRawStoredAsync(RawPayload payload, RawPayloadEntry raw, IHubSession session, CancellationToken ct) =>
        log.AppendAsync(session, AuditKinds.RawReceived, AuditKinds.RawSubject(raw.Id), AuditBody.Of(
            ("channel", raw.Channel), ("name", raw.Name), ("delivery", raw.Delivery), ("size", payload.Bytes.Length), ("sha256", raw.Sha256)), ct);

    public Task OnComplaintChangedAsync(Complaint? previous, FeedEvent feedEvent, string mappingVersion, IHubSession session, CancellationToken ct) =>
        log.AppendAsync(session, AuditKinds.ComplaintMapped, feedEvent.ComplaintId, MappedBody(feedEvent, mappingVersion, null), ct);

    public Task OnQuarantinedAsync(QuarantineItem item, IHubSession session, CancellationToken ct) =>
        log.AppendAsync(session, AuditKinds.Quarantined, "quarantine:" + item.Id, AuditBody.Of(
            ("channel", item.Channel), ("stage", item.Stage), ("rawId", item.RawId), ("row", item.Row), ("sourceId", item.SourceId)), ct);

    /// <summary>The body of a complaint.mapped entry; <paramref name="reason"/> is e.g. "reprocess".</summary>
    public static string MappedBody(FeedEvent feedEvent, string mappingVersion, string? reason)
    {
        var c = feedEvent.Complaint;
        return AuditBody.Of(
            ("event", feedEvent.Type), ("feedSeq", feedEvent.Seq), ("mappingVersion", mappingVersion),
            (AuditKinds.ContentHashField, c is null ? null : ContentDigest.Of(c)),
            ("rawDigest", c?.RawDigest), ("reason", reason));
    }
}
