using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>The quarantine table as operators see it: filtered listing with status, one item, and resolving an item.</summary>
public interface IQuarantineStore
{
    /// <summary>Items, newest first; <paramref name="status"/> open or resolved (null: both).</summary>
    Task<IReadOnlyList<QuarantineEntry>> ListAsync(IHubSession session, string? channel, string? stage, string? status, int limit, CancellationToken ct);

    Task<QuarantineEntry?> GetAsync(IHubSession session, long id, CancellationToken ct);

    Task ResolveAsync(IHubSession session, long id, CancellationToken ct);
}
