using System.Text.Json.Nodes;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Reprocess;

/// <summary>Which canonical fields (as JSON paths) differ between two versions of a complaint; values are not kept.</summary>
public static class ComplaintDiff
{
    public static IReadOnlyList<string> ChangedFields(Complaint before, Complaint after)
    {
        var a = Flatten(before);
        var b = Flatten(after);
        return a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k)).Order(StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, string?> Flatten(Complaint c)
    {
        var node = JsonSerializer(c with { ReceivedAt = default, RawDigest = "" });
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(node, "", fields);
        return fields;
    }

    private static JsonNode? JsonSerializer(Complaint c) => JsonNode.Parse(HubJson.Serialize(c));

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> fields)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o) Walk(child, path.Length == 0 ? key : path + "." + key, fields);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]", fields);
                if (a.Count == 0) fields[path] = "[]";
                break;
            default:
                fields[path] = node?.ToJsonString();
                break;
        }
    }
}
