using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Support;

/// <summary>The project's own channel fixtures (fixtures/CHANNEL/NAME) as raw payloads.</summary>
public static class FixturePayloads
{
    public static readonly DateTimeOffset DefaultReceivedAt = new(2024, 6, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public static RawPayload Load(string channel, string name, DateTimeOffset? receivedAt = null) => new()
    {
        Channel = channel,
        Name = name,
        Bytes = File.ReadAllBytes(RepoPaths.Fixture(channel, name)),
        ReceivedAt = receivedAt ?? DefaultReceivedAt,
        Delivery = "replay",
    };
}
