using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Json;

/// <summary>The one JSON dialect of the hub: camelCase, enums as camelCase strings, Chinese written as is.</summary>
public static class HubJson
{
    private static readonly JsonSerializerOptions Plain = Create(indented: false);
    private static readonly JsonOnce<Complaint> Complaints = new(Plain);
    private static readonly JsonOnce<SourceRecord> Records = new(Plain);

    /// <summary>The dialect, writing each complaint and source record instance's JSON only once (see <see cref="JsonOnce{T}"/>).</summary>
    public static JsonSerializerOptions Options { get; } = WithJsonOnce(Plain);

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

    private static JsonSerializerOptions WithJsonOnce(JsonSerializerOptions plain)
    {
        var o = new JsonSerializerOptions(plain);
        o.Converters.Add(Complaints);
        o.Converters.Add(Records);
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The complaint's UTF-8 JSON, written once per instance.</summary>
    public static byte[] Utf8(Complaint complaint) => Complaints.Utf8(complaint);

    /// <summary>The source record's UTF-8 JSON, written once per instance.</summary>
    public static byte[] Utf8(SourceRecord record) => Records.Utf8(record);

    /// <summary>Writes the JSON of a complaint and of its source record now (off a hot thread), so later writes reuse it.</summary>
    public static void Warm(Complaint complaint, SourceRecord record)
    {
        Complaints.Utf8(complaint);
        Records.Utf8(record);
    }
}
