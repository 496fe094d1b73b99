using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>Reads offline payloads into source records. (To be written.)</summary>
public sealed class OfflineFormat : IChannelFormat
{
    public string Channel => "offline";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the offline format is not built yet");
    }
}
