using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace YiQiSuBan.Core.Json;

/// <summary>The one JSON dialect of the hub: camelCase, enums as camelCase strings, Chinese written as is.</summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = WithComplaintJsonOnce(Create(indented: false));

    /// <summary>For reading operator-edited files: comments and trailing commas allowed.</summary>
    public static JsonSerializerOptions Files { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    /// <summary>The same dialect, writing each complaint instance's JSON only once (see <see cref="ComplaintJsonOnce"/>).</summary>
    private static JsonSerializerOptions WithComplaintJsonOnce(JsonSerializerOptions plain)
    {
        var o = new JsonSerializerOptions(plain);
        o.Converters.Add(new ComplaintJsonOnce(plain));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
