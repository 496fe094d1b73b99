using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Status;

/// <summary>The status timeline table.</summary>
public interface IStatusStore
{
    Task<long> AddAsync(IHubSession session, StoredStatus status, CancellationToken ct = default);

    /// <summary>One complaint's statuses in time order.</summary>
    Task<IReadOnlyList<StoredStatus>> TimelineAsync(IHubSession session, string complaintId, CancellationToken ct = default);

    /// <summary>Every stored status in time order (for supervision).</summary>
    Task<IReadOnlyList<StoredStatus>> AllAsync(IHubSession session, CancellationToken ct = default);
}
