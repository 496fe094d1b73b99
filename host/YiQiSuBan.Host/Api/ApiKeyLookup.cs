using System.Collections.Concurrent;
using YiQiSuBan.Core.Access;

namespace YiQiSuBan.Host.Api;

/// <summary>Checks presented API keys against the store, remembering answers for a few seconds (revocation takes effect within that).</summary>
public sealed class ApiKeyLookup(ApiKeyService keys, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<ApiKey?> FindAsync(string presented, CancellationToken ct)
    {
        var hash = ApiKeySecrets.Hash(presented);
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(hash, out var hit) && hit.Until > now) return hit.Key;
        var key = await keys.CheckAsync(presented, ct);
        if (_cache.Count > 10_000) _cache.Clear();
        _cache[hash] = (key, now + Ttl);
        return key;
    }
}
