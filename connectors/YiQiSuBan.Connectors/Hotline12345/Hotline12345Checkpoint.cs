using System.Globalization;
using System.Text.Json;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>
/// Where the hotline pull stands: the last boundary second (updatedAfter is inclusive, second precision) and the
/// (orderNo, version) pairs already taken at that second, so a re-read boundary is skipped and a new order at the
/// same second is never skipped.
/// </summary>
public sealed record Hotline12345Checkpoint(string Second, IReadOnlyCollection<string> Seen)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    public static Hotline12345Checkpoint Parse(string? position, string start) =>
        position is null ? new(start, []) : JsonSerializer.Deserialize<Hotline12345Checkpoint>(position) ?? new(start, []);

    public string Serialize() => JsonSerializer.Serialize(this);

    public static string SeenKey(string orderNo, long version) => orderNo + "@" + version.ToString(CultureInfo.InvariantCulture);

    /// <summary>True when the order version was taken before (at the boundary second).</summary>
    public bool HasSeen(Hotline12345Order order) =>
        string.CompareOrdinal(order.UpdateTime, Second) < 0 || (order.UpdateTime == Second && Seen.Contains(SeenKey(order.OrderNo, order.Version)));

    /// <summary>The checkpoint after taking <paramref name="orders"/> (sorted by updateTime ascending).</summary>
    public Hotline12345Checkpoint After(IReadOnlyList<Hotline12345Order> orders)
    {
        if (orders.Count == 0) return this;
        var last = orders.Max(o => o.UpdateTime)!;
        if (string.CompareOrdinal(last, Second) < 0) return this;
        var atLast = orders.Where(o => o.UpdateTime == last).Select(o => SeenKey(o.OrderNo, o.Version));
        var seen = last == Second ? Seen.Concat(atLast) : atLast;
        return new Hotline12345Checkpoint(last, seen.Distinct().Order(StringComparer.Ordinal).ToList());
    }
}
