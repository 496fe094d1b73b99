using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The list answer: one partial record per row. A row's content is truncated, so it is carried as
/// <c>summary</c> only; the row updates what it does carry (state, lastAnswerTime, …) of a known thread.
/// </summary>
internal static class ThreadList
{
    public const string EventType = "list";

    public static IEnumerable<ParseResult> Read(string channel, JsonElement rows)
    {
        var row = 0;
        foreach (var item in rows.EnumerateArray())
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object || BoardJson.Text(item, "tid") is not { Length: > 0 } tid)
            {
                yield return ParseResult.Fail("layout changed: a list row has no tid", row);
                continue;
            }
            var times = new[] { BoardJson.UnixTime(item, "dateline"), BoardJson.UnixTime(item, "lastAnswerTime") };
            yield return ParseResult.Ok(new SourceRecord
            {
                Channel = channel,
                SourceId = tid,
                EventType = EventType,
                IsPartial = true,
                Row = row,
                OccurredAt = ThreadOrdering.OccurredAt(times, BoardJson.Text(item, "stateInfo")),
                Fields = ThreadFields.From(item),
            });
        }
    }
}
