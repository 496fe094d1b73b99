using System.Globalization;
using System.Text.Json;

namespace YiQiSuBan.Connectors.Json;

/// <summary>
/// Turns a JSON object into flat source fields: nested objects joined with dots (contact.phone),
/// numbers as written, booleans as true/false, null as null. Arrays are not fields: formats read
/// them as lists (attachments, replies) with <see cref="List"/>.
/// </summary>
public static class JsonFields
{
    /// <summary>
    /// Flattens <paramref name="obj"/>; <paramref name="guard"/> may replace or drop (null) a value by its dotted name;
    /// the top-level property <paramref name="except"/> (one read on its own) is left out.
    /// </summary>
    public static Dictionary<string, string?> Flatten(JsonElement obj, Func<string, string?, string?>? guard = null, string? except = null)
    {
        // sized by the object (a push event's root has 3 properties, its order 23), with room for a few nested or added fields
        var fields = new Dictionary<string, string?>(obj.GetPropertyCount() + 4, StringComparer.Ordinal);
        Add(fields, obj, "", guard, except);
        return fields;
    }

    /// <summary>The objects of the array property <paramref name="name"/>, flattened; null when the property is absent or not an array.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string?>>? List(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => (IReadOnlyDictionary<string, string?>)Flatten(e)).ToList()
            : null;

    /// <summary>A property as text (string as is, number as written), or null when absent, null or not a scalar.</summary>
    public static string? Text(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) ? Scalar(v) : null;

    /// <summary>A whole number from a number or numeric string property.</summary>
    public static long? Integer(JsonElement obj, string name) =>
        long.TryParse(Text(obj, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static void Add(Dictionary<string, string?> fields, JsonElement obj, string prefix, Func<string, string?, string?>? guard, string? except = null)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (except is not null && p.NameEquals(except)) continue;
            var name = prefix + p.Name;
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Add(fields, p.Value, name + ".", guard);
                    break;
                case JsonValueKind.Array:
                    break;
                default:
                    var value = Scalar(p.Value);
                    fields[name] = guard is null ? value : guard(name, value);
                    break;
            }
        }
    }

    private static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}
