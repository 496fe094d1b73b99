namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// The distinct character bigrams of a normalized text, packed two UTF-16 units to a <see cref="uint"/> (first unit in
/// the high half) and sorted: the same set as <see cref="MatchText.Shingles"/> without a string per bigram, compared by
/// a merge, and small enough to keep beside the document (<see cref="ToBytes"/>). A text of one character is that
/// character alone (high half zero: normalized text has no NUL).
/// </summary>
public sealed class ShingleSet
{
    /// <summary>The set of an empty text.</summary>
    public static readonly ShingleSet Empty = new([]);

    private readonly uint[] _items;

    private ShingleSet(uint[] sortedDistinct) => _items = sortedDistinct;

    /// <summary>How many distinct bigrams.</summary>
    public int Count => _items.Length;

    /// <summary>The packed bigrams, ascending.</summary>
    public ReadOnlySpan<uint> Items => _items;

    /// <summary>The bigrams of <see cref="MatchText.Normalize"/>d text.</summary>
    public static ShingleSet Of(string normalized)
    {
        if (normalized.Length == 0) return Empty;
        if (normalized.Length == 1) return new([normalized[0]]);
        var items = new uint[normalized.Length - 1];
        for (var i = 0; i < items.Length; i++) items[i] = (uint)normalized[i] << 16 | normalized[i + 1];
        Array.Sort(items);
        var n = 1;
        for (var i = 1; i < items.Length; i++)
            if (items[i] != items[n - 1]) items[n++] = items[i];
        return new(n == items.Length ? items : items[..n]);
    }

    /// <summary>The stored form (little-endian, four bytes a bigram).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_items.Length * 4];
        for (var i = 0; i < _items.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), _items[i]);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("big-endian");
        return bytes;
    }

    /// <summary>The set <see cref="ToBytes"/> stored.</summary>
    public static ShingleSet FromBytes(byte[] bytes)
    {
        var items = new uint[bytes.Length / 4];
        for (var i = 0; i < items.Length; i++) items[i] = BitConverter.ToUInt32(bytes, i * 4);
        return new(items);
    }

    /// <summary>How many bigrams the two sets share.</summary>
    public int CountCommon(ShingleSet other)
    {
        var (a, b) = (_items, other._items);
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { common++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return common;
    }

    /// <summary>Share of the smaller set's bigrams found in the other (containment), 0..1.</summary>
    public double Containment(ShingleSet other)
    {
        if (Count == 0 || other.Count == 0) return 0;
        return (double)CountCommon(other) / Math.Min(Count, other.Count);
    }
}
