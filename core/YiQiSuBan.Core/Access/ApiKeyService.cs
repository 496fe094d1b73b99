using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Access;

/// <summary>Adds, lists, revokes and checks API keys, each in its own short transaction.</summary>
public sealed class ApiKeyService(IHubStore store, IApiKeyStore keys, TimeProvider clock)
{
    /// <summary>Creates a key and returns it (shown once), or null when the name is taken.</summary>
    public async Task<string?> AddAsync(string name, string role, CancellationToken ct = default)
    {
        if (!ApiRole.IsValid(role)) throw new ArgumentException($"role must be one of {string.Join(", ", ApiRole.All)}");
        var key = ApiKeySecrets.NewKey();
        await using var session = await store.BeginAsync(ct);
        if (!await keys.AddAsync(session, new ApiKey { Name = name, Role = role, Hash = ApiKeySecrets.Hash(key), CreatedAt = clock.GetUtcNow() }, ct)) return null;
        await session.CommitAsync(ct);
        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        return await keys.ListAsync(session, ct);
    }

    public async Task<bool> RevokeAsync(string name, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var done = await keys.RevokeAsync(session, name, clock.GetUtcNow(), ct);
        await session.CommitAsync(ct);
        return done;
    }

    /// <summary>The active key presented as <paramref name="key"/>, or null.</summary>
    public async Task<ApiKey?> CheckAsync(string key, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        return await keys.FindActiveAsync(session, ApiKeySecrets.Hash(key), ct);
    }
}
