namespace YiQiSuBan.Core.Calendar;

/// <summary>
/// One year's notice as stored in mappings/calendar/YEAR.json. Entries are dates (2024-02-10)
/// or inclusive ranges (2024-02-10..2024-02-17).
/// </summary>
public sealed record CalendarYear
{
    public int Year { get; init; }
    public IReadOnlyList<string> Off { get; init; } = [];
    public IReadOnlyList<string> Work { get; init; } = [];

    public static IEnumerable<DateOnly> Expand(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var parts = entry.Split("..", StringSplitOptions.TrimEntries);
            var from = DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            var to = parts.Length > 1 ? DateOnly.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : from;
            for (var d = from; d <= to; d = d.AddDays(1)) yield return d;
        }
    }
}
