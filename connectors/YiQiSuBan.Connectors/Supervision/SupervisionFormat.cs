using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>Reads supervision payloads into source records. (To be written.)</summary>
public sealed class SupervisionFormat : IChannelFormat
{
    public string Channel => "supervision";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the supervision format is not built yet");
    }
}
