using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery;

/// <summary>GET /api/v1/complaints/{id}: the current complaint, its feed history and its status timeline.</summary>
public sealed record ComplaintView
{
    public required Complaint Complaint { get; init; }
    public required IReadOnlyList<FeedEvent> History { get; init; }
    public required IReadOnlyList<StoredStatus> Statuses { get; init; }
}
