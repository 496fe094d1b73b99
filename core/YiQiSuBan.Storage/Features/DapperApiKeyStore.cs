using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>The API keys table (hashes only).</summary>
public sealed class DapperApiKeyStore : IApiKeyStore
{
    public async Task<bool> AddAsync(IHubSession session, ApiKey key, CancellationToken ct = default) =>
        await session.ExecuteAsync(FeatureSql.For(session.Dialect).KeyInsert, new { key.Name, key.Role, key.Hash, CreatedMs = Ms(key.CreatedAt) }, ct: ct) == 1;

    public async Task<IReadOnlyList<ApiKey>> ListAsync(IHubSession session, CancellationToken ct = default) =>
        (await session.QueryAsync<Key>(FeatureSql.For(session.Dialect).KeyList, ct: ct)).Select(k => k.ToKey()).ToList();

    public async Task<bool> RevokeAsync(IHubSession session, string name, DateTimeOffset at, CancellationToken ct = default) =>
        await session.ExecuteAsync(FeatureSql.For(session.Dialect).KeyRevoke, new { name, at = Ms(at) }, ct: ct) > 0;

    public async Task<ApiKey?> FindActiveAsync(IHubSession session, string hash, CancellationToken ct = default) =>
        (await session.QuerySingleOrDefaultAsync<Key>(FeatureSql.For(session.Dialect).KeyFind, new { hash }, ct: ct))?.ToKey();
}
