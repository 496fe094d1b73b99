using System.Globalization;
using System.Text.Json;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.TestKit;

/// <summary>
/// A tiny format registered only in tests and benchmarks: hotline12345 push bodies
/// (<c>{"eventId","eventType","order":{…}}</c>), one per payload or a JSON array of them as a batch.
/// It lets store and pipeline tests run without depending on the real channel parsers.
/// </summary>
public sealed class PushEventTestFormat : IChannelFormat
{
    public string Channel => "hotline12345";

    /// <summary>A registry holding only this format.</summary>
    public static FormatRegistry Registry { get; } = new([new PushEventTestFormat()]);

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload.Bytes);
            var root = doc.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select((item, i) => Read(item, i + 1)).ToList()
                : [Read(root, null)];
        }
        catch (JsonException)
        {
            return [ParseResult.Fail("the payload is not JSON")];
        }
    }

    private ParseResult Read(JsonElement body, int? row)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("order", out var order) || order.ValueKind != JsonValueKind.Object)
            return ParseResult.Fail("the push body has no order object", row);
        var fields = new Dictionary<string, string?>();
        List<IReadOnlyDictionary<string, string?>>? attachments = null;
        foreach (var p in order.EnumerateObject())
        {
            if (p.Name == "attachments" && p.Value.ValueKind == JsonValueKind.Array)
                attachments = p.Value.EnumerateArray().Select(a => (IReadOnlyDictionary<string, string?>)a.EnumerateObject().ToDictionary(x => x.Name, x => Text(x.Value))).ToList();
            else
                fields[p.Name] = Text(p.Value);
        }
        if (fields.GetValueOrDefault("orderNo") is not { Length: > 0 } orderNo)
            return ParseResult.Fail("the order has no orderNo", row);
        return ParseResult.Ok(new SourceRecord
        {
            Channel = Channel,
            SourceId = orderNo,
            Version = long.TryParse(fields.GetValueOrDefault("version"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null,
            OccurredAt = TimeParser.Parse(fields.GetValueOrDefault("updateTime")) ?? TimeParser.Parse(fields.GetValueOrDefault("callTime")),
            EventType = body.TryGetProperty("eventType", out var type) ? type.GetString() : null,
            Row = row,
            Fields = fields,
            Attachments = attachments,
        });
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
