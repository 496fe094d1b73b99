using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Access;

/// <summary>The API keys table.</summary>
public interface IApiKeyStore
{
    /// <summary>Adds a key; false when an active key of that name exists.</summary>
    Task<bool> AddAsync(IHubSession session, ApiKey key, CancellationToken ct = default);

    Task<IReadOnlyList<ApiKey>> ListAsync(IHubSession session, CancellationToken ct = default);

    /// <summary>Revokes the active key of that name; false when there is none.</summary>
    Task<bool> RevokeAsync(IHubSession session, string name, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>The active key with this hash, or null.</summary>
    Task<ApiKey?> FindActiveAsync(IHubSession session, string hash, CancellationToken ct = default);
}
