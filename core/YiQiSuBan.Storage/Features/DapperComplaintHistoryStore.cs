using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Features;

/// <summary>Reads one complaint's events from the feed table.</summary>
public sealed class DapperComplaintHistoryStore : IComplaintHistoryStore
{
    public async Task<IReadOnlyList<FeedEvent>> EventsAsync(IHubSession session, string complaintId, CancellationToken ct = default) =>
        (await session.QueryAsync<FeedRow>(FeatureSql.For(session.Dialect).ComplaintEvents, new { complaintId }, ct: ct))
        .Select(r => r.ToEvent()).ToList();
}
