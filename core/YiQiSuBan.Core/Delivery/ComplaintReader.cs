using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>Reads the pull feed and single complaints, redacted for the caller's role.</summary>
public sealed class ComplaintReader(IHubStore store, IComplaintHistoryStore history, IStatusStore statuses)
{
    public async Task<IReadOnlyList<Model.FeedEvent>> FeedAsync(long after, int limit, string role, CancellationToken ct = default) =>
        (await store.ReadFeedAsync(after, limit, ct)).Select(e => ComplaintRedaction.For(role, e)).ToList();

    public async Task<ComplaintView?> GetAsync(string id, string role, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        if ((await session.GetComplaintAsync(id, ct))?.Complaint is not { } complaint) return null;
        var events = await history.EventsAsync(session, id, ct);
        return new ComplaintView
        {
            Complaint = ComplaintRedaction.For(role, complaint)!,
            History = events.Select(e => ComplaintRedaction.For(role, e)).ToList(),
            Statuses = await statuses.TimelineAsync(session, id, ct),
        };
    }
}
