using System.Text.Json;
using YiQiSuBan.Connectors.Json;
using YiQiSuBan.Connectors.Privacy;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>
/// Reads hotline12345 payloads: a pull page of GET /api/v2/district/workorders
/// (<c>{"code","message","data":{"list":[order…]}}</c>) or a push event (<c>{"eventId","eventType","order":{…}}</c>).
/// The kind is told by the content. A business error answer or unreadable JSON fails with a reason.
/// </summary>
public sealed class Hotline12345Format : IChannelFormat, IOrderKeyReader
{
    private const string Success = "0000";

    public string Channel => "hotline12345";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        using var doc = JsonPayload.TryOpen(payload, out var error);
        if (doc is null) return [ParseResult.Fail(error!)];
        var root = doc.RootElement;
        if (root.TryGetProperty("order", out _) || root.TryGetProperty("eventType", out _)) return [ReadPush(root)];
        if (root.TryGetProperty("code", out _)) return ReadPage(root);
        return [ParseResult.Fail("the hotline12345 payload is neither a work-order page (code/data) nor a push event (eventType/order)")];
    }

    /// <summary>Push events only (one record each, see <see cref="PushOrderKey"/>); pages are parsed.</summary>
    public bool TryReadOrderKeys(RawPayload payload, List<DateTimeOffset?> keys)
    {
        var (read, key) = PushOrderKey.TryRead(payload.Bytes.Span);
        if (read) keys.Add(key);
        return read;
    }

    private List<ParseResult> ReadPage(JsonElement root)
    {
        var code = JsonFields.Text(root, "code");
        if (code != Success)
        {
            var message = JsonFields.Text(root, "message");
            return [ParseResult.Fail($"the city answered business error {code ?? "(no code)"}{(message is null ? "" : $" '{Short(message)}'")} instead of a work-order page")];
        }
        // success with no data or a null list is an empty page
        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null) return [];
        if (data.ValueKind != JsonValueKind.Object) return [ParseResult.Fail("the work-order page's data is not an object")];
        if (!data.TryGetProperty("list", out var list) || list.ValueKind == JsonValueKind.Null) return [];
        if (list.ValueKind != JsonValueKind.Array) return [ParseResult.Fail("the work-order page's data.list is not a list")];
        var results = new List<ParseResult>();
        var row = 0;
        foreach (var order in list.EnumerateArray())
            results.Add(ReadOrder(order, ++row, eventType: null, extra: null));
        return results;
    }

    private ParseResult ReadPush(JsonElement root)
    {
        var eventType = JsonFields.Text(root, "eventType");
        if (root.TryGetProperty("order", out var order) && order.ValueKind == JsonValueKind.Object)
            return ReadOrder(order, row: null, eventType, JsonFields.Flatten(root, except: "order"));
        // an event that names the order without carrying it (a bare revoke or urge) only adds to what is known
        if (JsonFields.Text(root, "orderNo") is not null) return ReadOrder(root, row: null, eventType, extra: null, partial: true);
        return ParseResult.Fail($"the push event {eventType ?? "(no type)"} carries no order");
    }

    /// <summary>One work order; push-level fields (eventId, urgeNo, urgeContent) are added beside the order's.</summary>
    private ParseResult ReadOrder(JsonElement order, int? row, string? eventType, Dictionary<string, string?>? extra, bool partial = false)
    {
        var at = row is null ? "the push event's order" : $"order {row} of the page";
        if (order.ValueKind != JsonValueKind.Object) return ParseResult.Fail($"{at} is not an object", row);
        var orderNo = JsonFields.Text(order, "orderNo")?.Trim();
        if (string.IsNullOrEmpty(orderNo)) return ParseResult.Fail($"{at} has no orderNo", row);
        try
        {
            var fields = JsonFields.Flatten(order, IdNumberMask.Guard);
            if (extra is not null)
                foreach (var (key, value) in extra)
                    fields.TryAdd(key, value);
            return ParseResult.Ok(new SourceRecord
            {
                Channel = Channel,
                SourceId = orderNo,
                Version = JsonFields.Integer(order, "version"),
                OccurredAt = TimeParser.Parse(JsonFields.Text(order, "updateTime")) ?? TimeParser.Parse(JsonFields.Text(order, "callTime")),
                EventType = eventType,
                IsPartial = partial,
                Fields = fields,
                Attachments = JsonFields.List(order, "attachments"),
                Replies = JsonFields.List(order, "replies"),
            });
        }
        catch (InvalidOperationException)
        {
            return ParseResult.Fail($"work order {orderNo} holds text that is not valid UTF-8", row);
        }
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
