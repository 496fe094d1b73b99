using System.Text;
using YiQiSuBan.Connectors.Hotline12345;
using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Hotline12345;

/// <summary>The push event's cheap order key (replay's sort pass) agrees with the parser, or declines.</summary>
public sealed class PushOrderKeyTests
{
    private static readonly Hotline12345Format Format = new();

    public static TheoryData<string> Fixtures() => new(Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, "hotline12345"), "*.json").Select(Path.GetFileName)!);

    [Fact]
    public void Every_shared_sample_push_gets_the_parsers_key_and_pages_are_declined()
    {
        var read = 0;
        foreach (var entry in RecordedPayloads.Find(RepoPaths.SharedChannels, "hotline12345", Hub.Formats.Channels))
        {
            var payload = RecordedPayloads.Load(entry);
            if (Agrees(payload)) read++;
            else Assert.Contains("-pull-", entry.Name);
        }
        Assert.True(read >= 400, $"only {read} sample push events were read cheaply");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_get_the_parsers_keys_or_are_declined(string name) => Agrees(FixturePayloads.Load("hotline12345", name));

    [Theory]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","updateTime":"2024-03-01 09:00:00","callTime":"2024-02-29 08:00:00"}}""", true)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","updateTime":"","callTime":"2024-02-29 08:00:00"}}""", true)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"  ","updateTime":"2024-03-01 09:00:00"}}""", true)]
    [InlineData("""{"eventType":"ORDER_REVOKE","orderNo":"A-1","updateTime":"2024-03-01 09:00:00"}""", true)]
    [InlineData("""{"eventType":"ORDER_REVOKE"}""", true)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":"A-1","orderNo":"A-1","callTime":"2024-02-29 08:00:00"}""", true)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":12345,"updateTime":20240301}}""", true)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","updateTime":"2024-03-01 09:00:00","updateTime":"2024-03-02 09:00:00"}}""", false)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","updateTime":"2024-03-01 09:00:00"}} trailing""", false)]
    [InlineData("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","updateTime":"2024-03-01""", false)]
    [InlineData("""{"code":"0000","data":{"list":[]}}""", false)]
    [InlineData("""[1,2]""", false)]
    [InlineData("", false)]
    public void Edge_cases_agree_or_decline(string json, bool expectRead) =>
        Assert.Equal(expectRead, Agrees(new RawPayload { Channel = "hotline12345", Name = "x.json", Bytes = Encoding.UTF8.GetBytes(json), ReceivedAt = FixturePayloads.DefaultReceivedAt }));

    [Fact]
    public void Invalid_utf8_is_declined()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"eventType":"ORDER_DISPATCH","order":{"orderNo":"A-1","title":"XX","updateTime":"2024-03-01 09:00:00"}}""");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3; // a lead byte followed by an ASCII letter
        Assert.False(Agrees(new RawPayload { Channel = "hotline12345", Name = "x.json", Bytes = bytes, ReceivedAt = FixturePayloads.DefaultReceivedAt }));
    }

    /// <summary>True when the payload was read cheaply (and then its keys are the parser's); false when it was declined.</summary>
    private static bool Agrees(RawPayload payload)
    {
        var keys = new List<DateTimeOffset?>();
        if (!Format.TryReadOrderKeys(payload, keys))
        {
            Assert.Empty(keys);
            return false;
        }
        Assert.Equal(Format.Parse(payload).Select(r => r.Record?.OccurredAt).ToList(), keys);
        return true;
    }
}
