using Dapper;
using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Storage;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>The API keys table (hashes only).</summary>
public sealed class DapperApiKeyStore : IApiKeyStore
{
    public async Task<bool> AddAsync(IHubSession session, ApiKey key, CancellationToken ct = default) =>
        await session.Connection.ExecuteAsync(FeatureSql.For(session.Dialect).KeyInsert, new { key.Name, key.Role, key.Hash, CreatedMs = Ms(key.CreatedAt) }, session.Transaction) == 1;

    public async Task<IReadOnlyList<ApiKey>> ListAsync(IHubSession session, CancellationToken ct = default) =>
        (await session.Connection.QueryAsync<Key>(FeatureSql.For(session.Dialect).KeyList, transaction: session.Transaction)).Select(k => k.ToKey()).ToList();

    public async Task<bool> RevokeAsync(IHubSession session, string name, DateTimeOffset at, CancellationToken ct = default) =>
        await session.Connection.ExecuteAsync(FeatureSql.For(session.Dialect).KeyRevoke, new { name, at = Ms(at) }, session.Transaction) > 0;

    public async Task<ApiKey?> FindActiveAsync(IHubSession session, string hash, CancellationToken ct = default) =>
        (await session.Connection.QuerySingleOrDefaultAsync<Key>(FeatureSql.For(session.Dialect).KeyFind, new { hash }, session.Transaction))?.ToKey();
}
