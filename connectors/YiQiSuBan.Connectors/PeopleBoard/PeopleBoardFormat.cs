using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>Reads people-board payloads into source records. (To be written.)</summary>
public sealed class PeopleBoardFormat : IChannelFormat
{
    public string Channel => "people-board";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the people-board format is not built yet");
    }
}
