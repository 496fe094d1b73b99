using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The detail answer: the thread summary plus its contentList. dataType 1 is the message (full text →
/// <c>content</c>), 4 an official reply (organization, content, dateline), 2 and 3 the poster's follow-ups
/// (counted as <c>followUpCount</c>; they are not the complaint's text).
/// </summary>
internal static class ThreadDetail
{
    public const string EventType = "detail";

    public static ParseResult Read(string channel, JsonElement thread, JsonElement data)
    {
        var fields = ThreadFields.From(thread);
        if (BoardJson.Text(thread, "tid") is not { Length: > 0 } tid)
            return ParseResult.Fail("layout changed: the detail's thread has no tid");

        var replies = new List<IReadOnlyDictionary<string, string?>>();
        var times = new List<DateTimeOffset?> { BoardJson.UnixTime(thread, "dateline"), BoardJson.UnixTime(thread, "lastAnswerTime") };
        string? message = null;
        var followUps = 0;
        if (data.TryGetProperty("contentList", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                switch (BoardJson.Text(item, "dataType"))
                {
                    case "1":
                        message ??= BoardJson.Text(item, "content");
                        break;
                    case "4":
                        replies.Add(new Dictionary<string, string?>
                        {
                            ["organization"] = BoardJson.Text(item, "organization"),
                            ["content"] = BoardJson.Text(item, "content"),
                            ["dateline"] = BoardJson.Text(item, "dateline"),
                        });
                        times.Add(BoardJson.UnixTime(item, "dateline"));
                        break;
                    case "2" or "3":
                        followUps++;
                        break;
                }
            }
        }
        if (string.IsNullOrWhiteSpace(message))
            return ParseResult.Fail($"thread {tid}: the detail carries no message (contentList has no dataType 1 text)");

        fields["content"] = message;
        fields["followUpCount"] = followUps.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ParseResult.Ok(new SourceRecord
        {
            Channel = channel,
            SourceId = tid,
            EventType = EventType,
            OccurredAt = ThreadOrdering.OccurredAt(times, BoardJson.Text(thread, "stateInfo")),
            Fields = fields,
            Replies = replies,
        });
    }
}
