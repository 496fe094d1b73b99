using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>Reads city-hub payloads into source records. (To be written.)</summary>
public sealed class CityHubFormat : IChannelFormat
{
    public string Channel => "city-hub";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        yield return ParseResult.Fail("the city-hub format is not built yet");
    }
}
