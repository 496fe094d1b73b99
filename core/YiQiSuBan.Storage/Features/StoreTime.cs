using System.Globalization;

namespace YiQiSuBan.Storage.Features;

/// <summary>Reads a time column of either dialect (SQLite: ISO text, PostgreSQL: timestamptz as UTC DateTime).</summary>
internal static class StoreTime
{
    public static DateTimeOffset Read(object value) => value switch
    {
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset o => o,
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"not a time: {value.GetType().Name}"),
    };

    public static DateTimeOffset? ReadOrNull(object? value) => value is null or DBNull ? null : Read(value);
}
