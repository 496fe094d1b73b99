using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>Reads mayor-mailbox payloads into source records. (To be written.)</summary>
public sealed class MayorMailboxFormat : IChannelFormat
{
    public string Channel => "mayor-mailbox";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the mayor-mailbox format is not built yet");
    }
}
