using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>Reads hotline12345 payloads into source records. (To be written.)</summary>
public sealed class Hotline12345Format : IChannelFormat
{
    public string Channel => "hotline12345";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the hotline12345 format is not built yet");
    }
}
