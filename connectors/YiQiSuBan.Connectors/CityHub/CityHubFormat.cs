using System.Text.Json;
using YiQiSuBan.Connectors.Json;
using YiQiSuBan.Connectors.Privacy;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>
/// Reads city-hub payloads: a Standard Webhooks body (<c>{"type","timestamp","data":{appeal}}</c>) or a backfill
/// page of GET /open/v1/appeals (<c>{"items":[appeal…],"nextCursor","hasMore"}</c>), told apart by content.
/// Appeals carry no version: a record's place in time is the appeal's own update time when it has one, else the
/// webhook's timestamp, else (a pull page, a snapshot) the time the page was fetched. ID numbers are masked here.
/// </summary>
public sealed class CityHubFormat : IChannelFormat
{
    private static readonly string[] UpdateTimeFields = ["updateTime", "updatedAt", "updateAt", "modifyTime"];

    public string Channel => "city-hub";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        using var doc = JsonPayload.TryOpen(payload, out var error);
        if (doc is null) return [ParseResult.Fail(error!)];
        var root = doc.RootElement;
        if (root.TryGetProperty("data", out var data) && root.TryGetProperty("type", out _))
        {
            var type = JsonFields.Text(root, "type");
            var timestamp = TimeParser.Parse(JsonFields.Text(root, "timestamp"));
            return [ReadAppeal(data, row: null, type, timestamp ?? payload.ReceivedAt)];
        }
        if (root.TryGetProperty("items", out var items))
        {
            if (items.ValueKind != JsonValueKind.Array) return [ParseResult.Fail("the appeals page's items is not a list")];
            var row = 0;
            return items.EnumerateArray().Select(item => ReadAppeal(item, ++row, eventType: null, payload.ReceivedAt)).ToList();
        }
        var code = JsonFields.Text(root, "code") ?? JsonFields.Text(root, "error");
        return [ParseResult.Fail(code is null
            ? "the city-hub payload is neither a webhook body (type/data) nor an appeals page (items)"
            : $"the city answered '{code}' instead of appeals")];
    }

    private ParseResult ReadAppeal(JsonElement appeal, int? row, string? eventType, DateTimeOffset fallbackTime)
    {
        var at = row is null ? $"the {eventType ?? "webhook"} body's data" : $"item {row} of the appeals page";
        if (appeal.ValueKind != JsonValueKind.Object) return ParseResult.Fail($"{at} is not an appeal object", row);
        var appealId = JsonFields.Text(appeal, "appealId")?.Trim();
        if (string.IsNullOrEmpty(appealId)) return ParseResult.Fail($"{at} has no appealId", row);
        try
        {
            var updated = UpdateTimeFields.Select(f => TimeParser.Parse(JsonFields.Text(appeal, f))).FirstOrDefault(t => t is not null);
            return ParseResult.Ok(new SourceRecord
            {
                Channel = Channel,
                SourceId = appealId,
                Version = JsonFields.Integer(appeal, "version"),
                OccurredAt = updated ?? fallbackTime,
                EventType = eventType,
                Fields = JsonFields.Flatten(appeal, IdNumberMask.Guard),
                Attachments = JsonFields.List(appeal, "attachments"),
                Replies = JsonFields.List(appeal, "replies"),
            });
        }
        catch (InvalidOperationException)
        {
            return ParseResult.Fail($"appeal {appealId} holds text that is not valid UTF-8", row);
        }
    }
}
