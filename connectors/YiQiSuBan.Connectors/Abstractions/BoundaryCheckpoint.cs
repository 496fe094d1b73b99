using System.Text.Json;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Where an inclusive time-window pull stands (updatedAfter ≥, since ≥): the last boundary time taken and the record
/// keys (id@version) already taken at that time, so a re-read boundary is skipped and a new record at the same
/// time is never skipped. Times are compared as fixed-width text (e.g. "yyyy-MM-dd HH:mm:ss").
/// </summary>
public sealed record BoundaryCheckpoint(string Boundary, IReadOnlyCollection<string> Seen)
{
    public static BoundaryCheckpoint Parse(string? position, string start) =>
        string.IsNullOrEmpty(position) ? new(start, []) : JsonSerializer.Deserialize<BoundaryCheckpoint>(position) ?? new(start, []);

    public string Serialize() => JsonSerializer.Serialize(this);

    /// <summary>True when the record was taken before: older than the boundary, or at it and seen.</summary>
    public bool HasSeen(string key, string time) =>
        string.CompareOrdinal(time, Boundary) < 0 || (time == Boundary && Seen.Contains(key));

    /// <summary>The checkpoint after taking <paramref name="records"/>.</summary>
    public BoundaryCheckpoint After(IReadOnlyList<(string Key, string Time)> records)
    {
        if (records.Count == 0) return this;
        var last = records.Max(r => r.Time)!;
        if (string.CompareOrdinal(last, Boundary) < 0) return this;
        var atLast = records.Where(r => r.Time == last).Select(r => r.Key);
        var seen = last == Boundary ? Seen.Concat(atLast) : atLast;
        return new BoundaryCheckpoint(last, seen.Distinct().Order(StringComparer.Ordinal).ToList());
    }
}
