using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Supervision;

/// <summary>The raised cards table (one row per complaint, milestone and level).</summary>
public interface ISupervisionStore
{
    /// <summary>The (complaint, milestone, level) triples already raised.</summary>
    Task<IReadOnlySet<(string ComplaintId, Milestone Milestone, CardLevel Level)>> RaisedAsync(IHubSession session, CancellationToken ct = default);

    Task AddAsync(IHubSession session, SupervisionCard card, CancellationToken ct = default);

    Task<IReadOnlyList<SupervisionCard>> ListAsync(IHubSession session, CancellationToken ct = default);
}
