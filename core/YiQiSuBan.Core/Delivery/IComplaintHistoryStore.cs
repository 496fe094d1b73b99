using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery;

/// <summary>A complaint's feed events in order: its version history as the case system saw it.</summary>
public interface IComplaintHistoryStore
{
    Task<IReadOnlyList<FeedEvent>> EventsAsync(IHubSession session, string complaintId, CancellationToken ct = default);
}
