using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// Reads people-board (人民网领导留言板) API answers: the detail answer of POST /v1/threads/content
/// (thread + contentList: the full message, official replies, follow-ups) and the list answer of
/// POST /v1/threads/list/df (rows with truncated content, read as partial records).
/// HTTP-200 business errors (resultCode SN0006, SN0002, 404, …) become payload failures.
/// </summary>
public sealed class PeopleBoardFormat : IChannelFormat
{
    public string Channel => "people-board";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(payload.Bytes);
        }
        catch (JsonException e)
        {
            return [ParseResult.Fail($"the board's answer is not JSON ({e.Message})")];
        }
        using (doc)
        {
            return Read(doc.RootElement, payload).ToList();
        }
    }

    private IEnumerable<ParseResult> Read(JsonElement root, RawPayload payload)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return [ParseResult.Fail("the board's answer is not a JSON object")];
        if (BoardError.Of(root) is { } error)
            return [ParseResult.Fail(error)];
        if (!root.TryGetProperty("resultData", out var data) || data.ValueKind != JsonValueKind.Object)
            return [ParseResult.Fail("layout changed: the board's answer has no resultData object")];
        if (data.TryGetProperty("thread", out var thread) && thread.ValueKind == JsonValueKind.Object)
            return [ThreadDetail.Read(Channel, thread, data)];
        if (data.TryGetProperty("data", out var rows) && rows.ValueKind == JsonValueKind.Array)
            return ThreadList.Read(Channel, rows);
        return [ParseResult.Fail("layout changed: resultData has neither a thread (detail) nor data rows (list)")];
    }
}
