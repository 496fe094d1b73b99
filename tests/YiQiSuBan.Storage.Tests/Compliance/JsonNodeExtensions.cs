using System.Text.Json.Nodes;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>Small edits to test payload bodies.</summary>
internal static class JsonNodeExtensions
{
    /// <summary>The body with one top-level property set.</summary>
    public static JsonObject With(this JsonObject body, string name, JsonNode? value)
    {
        body[name] = value;
        return body;
    }
}
