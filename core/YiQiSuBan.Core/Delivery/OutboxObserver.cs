using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>Transactional outbox on the ingest path: every feed event gets its outbox row in the same transaction.</summary>
public sealed class OutboxObserver(OutboxWriter writer) : IIngestObserver
{
    public Task OnComplaintChangedAsync(Complaint? previous, FeedEvent feedEvent, string mappingVersion, IHubSession session, CancellationToken ct) =>
        writer.OnFeedEventAsync(feedEvent, session, ct);
}
