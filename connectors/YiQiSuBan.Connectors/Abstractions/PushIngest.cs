using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Takes a pushed payload (webhook, push event, upload) through the pipeline once per delivery id: the receipt and
/// the payload land in one transaction, so a repeated delivery is answered without ingesting anything again.
/// </summary>
public sealed class PushIngest(IHubStore store, IngestPipeline pipeline, PushReceipts receipts)
{
    /// <summary>Ingests <paramref name="payload"/> unless <paramref name="deliveryId"/> was taken before (then returns null).</summary>
    public async Task<IngestReport?> IngestOnceAsync(RawPayload payload, string kind, string deliveryId, TimeSpan keep, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        if (await receipts.SeenAsync(session, payload.Channel, kind, deliveryId)) return null;
        var report = await pipeline.IngestAsync(payload, session, pipeline.ParseAll(payload), ct);
        await receipts.RecordAsync(session, payload.Channel, kind, deliveryId, keep);
        await session.CommitAsync(ct);
        return report;
    }
}
