namespace YiQiSuBan.Connectors.Offline;

/// <summary>A1-style cell references: column letters to a 0-based index, row digits to the 1-based row number.</summary>
public static class XlsxCellReference
{
    public static (int Column, int Row)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        if (i == 0 || !int.TryParse(reference.AsSpan(i), out var row) || row < 1) return null;
        return (column - 1, row);
    }

    /// <summary>A range such as B3:B8 (a single cell is a range of one).</summary>
    public static ((int Column, int Row) From, (int Column, int Row) To)? ParseRange(string? range)
    {
        if (string.IsNullOrEmpty(range)) return null;
        var parts = range.Split(':');
        var from = Parse(parts[0]);
        var to = parts.Length > 1 ? Parse(parts[1]) : from;
        return from is null || to is null ? null : (from.Value, to.Value);
    }
}
