using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// MinHash signatures over character bigrams, cut into LSH bands: texts that share a band key are candidates.
/// Stable across processes (FNV-1a + splitmix64 with fixed seeds), so stored keys stay valid.
/// </summary>
public static class MinHashLsh
{
    public const int Bands = 32;
    public const int RowsPerBand = 2;
    private const int Hashes = Bands * RowsPerBand;

    private static readonly ulong[] Seeds = Enumerable.Range(1, Hashes).Select(i => SplitMix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>One key per band, e.g. <c>lsh:07:9f3a…</c>; empty when the text has no shingles.</summary>
    public static IReadOnlyList<string> BandKeys(ShingleSet shingles)
    {
        if (shingles.Count == 0) return [];
        var mins = Signature(shingles.Items);
        var keys = new string[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var acc = 0xCBF29CE484222325UL;
            for (var r = 0; r < RowsPerBand; r++) acc = SplitMix(acc ^ mins[b * RowsPerBand + r]);
            keys[b] = string.Create(CultureInfo.InvariantCulture, $"lsh:{b:D2}:{acc:x16}");
        }
        return keys;
    }

    /// <summary>
    /// The signature: for each hash function (a shingle's FNV-1a hash mixed with the function's seed by splitmix64), the
    /// least value over the shingles. Eight functions at a time where the processor has 512-bit vectors (integer
    /// arithmetic: the same values as <see cref="SignatureScalar"/>), else one at a time.
    /// </summary>
    internal static ulong[] Signature(ReadOnlySpan<uint> shingles) =>
        Vector512.IsHardwareAccelerated && Hashes % 8 == 0 ? SignatureVector512(shingles) : SignatureScalar(shingles);

    /// <summary><see cref="Signature"/> eight hash functions at a time (needs a multiple of eight of them).</summary>
    internal static ulong[] SignatureVector512(ReadOnlySpan<uint> shingles)
    {
        var seeds = MemoryMarshal.Cast<ulong, Vector512<ulong>>(Seeds);
        Span<Vector512<ulong>> mins = stackalloc Vector512<ulong>[seeds.Length];
        mins.Fill(Vector512<ulong>.AllBitsSet);
        foreach (var s in shingles)
        {
            var h = Vector512.Create(Fnv(s));
            for (var i = 0; i < mins.Length; i++) mins[i] = Vector512.Min(mins[i], SplitMix(h ^ seeds[i]));
        }
        return MemoryMarshal.Cast<Vector512<ulong>, ulong>(mins).ToArray();
    }

    /// <summary><see cref="Signature"/> one hash function at a time.</summary>
    internal static ulong[] SignatureScalar(ReadOnlySpan<uint> shingles)
    {
        var mins = new ulong[Hashes];
        Array.Fill(mins, ulong.MaxValue);
        foreach (var s in shingles)
        {
            var h = Fnv(s);
            for (var i = 0; i < Hashes; i++)
            {
                var v = SplitMix(h ^ Seeds[i]);
                if (v < mins[i]) mins[i] = v;
            }
        }
        return mins;
    }

    /// <summary>FNV-1a over the UTF-16 units of a packed bigram (one unit when the high half is zero).</summary>
    private static ulong Fnv(uint packed)
    {
        var h = 0xCBF29CE484222325UL;
        if (packed >> 16 != 0) h = (h ^ (packed >> 16)) * 0x100000001B3UL;
        return (h ^ (packed & 0xFFFF)) * 0x100000001B3UL;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary><see cref="SplitMix(ulong)"/> on eight values at once.</summary>
    private static Vector512<ulong> SplitMix(Vector512<ulong> x)
    {
        x += Vector512.Create(0x9E3779B97F4A7C15UL);
        x = (x ^ Vector512.ShiftRightLogical(x, 30)) * Vector512.Create(0xBF58476D1CE4E5B9UL);
        x = (x ^ Vector512.ShiftRightLogical(x, 27)) * Vector512.Create(0x94D049BB133111EBUL);
        return x ^ Vector512.ShiftRightLogical(x, 31);
    }
}
