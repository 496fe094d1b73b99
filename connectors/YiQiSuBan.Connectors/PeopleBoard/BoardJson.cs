using System.Globalization;
using System.Text.Json;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>Reads board JSON values as source-field text (numbers as written, null as null).</summary>
internal static class BoardJson
{
    public static string? Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? Text(v) : null;

    /// <summary>A Unix-seconds field as an instant, or null.</summary>
    public static DateTimeOffset? UnixTime(JsonElement obj, string name) =>
        long.TryParse(Text(obj, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0
            ? DateTimeOffset.FromUnixTimeSeconds(s).ToOffset(TimeSpan.FromHours(8))
            : null;

    /// <summary>Every scalar property of an object, by its name; nested objects and arrays are left out.</summary>
    public static Dictionary<string, string?> Scalars(JsonElement obj)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var p in obj.EnumerateObject())
            if (p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) fields[p.Name] = Text(p.Value);
        return fields;
    }
}
