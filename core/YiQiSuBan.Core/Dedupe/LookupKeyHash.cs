namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// A lookup key (<c>phone:…</c>, <c>lsh:07:…</c>) as the 64-bit integer the store indexes: an integer key row is less than
/// half the size of a text one, so a million complaints' keys stay in memory. Stable across processes (FNV-1a over the
/// UTF-16 units, then the splitmix64 finalizer). Two keys sharing a hash only bring an extra candidate, which scoring
/// then judges on its own.
/// </summary>
public static class LookupKeyHash
{
    public static long Of(string key)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in key) h = (h ^ c) * 0x100000001B3UL;
        h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL;
        h = (h ^ (h >> 27)) * 0x94D049BB133111EBUL;
        return (long)(h ^ (h >> 31));
    }

    /// <summary>The distinct hashes of <paramref name="keys"/>.</summary>
    public static long[] Of(IEnumerable<string> keys) => keys.Select(Of).Distinct().ToArray();
}
