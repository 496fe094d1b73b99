using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Storage;

/// <summary>The hub's durable store (SQLite by default, PostgreSQL in production), behind one interface.</summary>
public interface IHubStore : IAsyncDisposable
{
    /// <summary>sqlite or postgres.</summary>
    string Kind { get; }

    /// <summary>Creates or migrates the schema; safe to call on every start and from several nodes.</summary>
    Task MigrateAsync(CancellationToken ct = default);

    Task<IHubSession> BeginAsync(CancellationToken ct = default);

    Task<IReadOnlyList<FeedEvent>> ReadFeedAsync(long after, int limit, CancellationToken ct = default);

    Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(int limit = 1000, CancellationToken ct = default);

    Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default);

    Task<byte[]?> GetRawBytesAsync(long rawId, CancellationToken ct = default);
}
