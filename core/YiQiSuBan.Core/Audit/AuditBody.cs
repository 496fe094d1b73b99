using System.Text.Json;
using YiQiSuBan.Core.Json;

namespace YiQiSuBan.Core.Audit;

/// <summary>Builds an entry body: a compact JSON object with ordinally sorted keys, nulls left out.</summary>
public static class AuditBody
{
    public static string Of(params (string Key, object? Value)[] fields)
    {
        var sorted = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
            if (value is not null) sorted[key] = value;
        return JsonSerializer.Serialize(sorted, HubJson.Options);
    }

    /// <summary>A string field of a body, or null.</summary>
    public static string? Field(string body, string name)
    {
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        } : null;
    }
}
