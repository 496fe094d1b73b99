using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.Core.Json;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.CityHub;

/// <summary>city-hub webhook bodies and backfill pages read and mapped, checked against golden files.</summary>
public sealed class CityHubFormatTests
{
    private const string Channel = "city-hub";

    [Theory]
    [InlineData("webhook-created.json")]
    [InlineData("webhook-updated.json")]
    [InlineData("webhook-withdrawn.json")]
    [InlineData("webhook-closed.json")]
    [InlineData("pull-page.json")]
    [InlineData("truncated-webhook.json")]
    [InlineData("token-error.json")]
    public void Fixture_matches_its_golden_file(string fixture) => FormatGolden.Check(Channel, fixture);

    [Theory]
    [InlineData("webhook-created.json", "370404199001011234")]
    [InlineData("pull-page.json", "37040419850505123X")]
    public void Id_card_number_never_reaches_the_record_or_the_complaint(string fixture, string idNumber)
    {
        Assert.True(Hub.Formats.TryGet(Channel, out var f));
        var payload = FixturePayloads.Load(Channel, fixture);
        foreach (var result in f.Parse(payload))
        {
            var record = result.Record!;
            Assert.DoesNotContain(idNumber, string.Join("|", record.Fields.Values), StringComparison.Ordinal);
            var complaint = HubJson.Serialize(Hub.Mapper.Map(record, payload.ReceivedAt, payload.Sha256));
            Assert.DoesNotContain(idNumber, complaint, StringComparison.Ordinal);
            Assert.DoesNotContain(idNumber[6..14], complaint, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Webhook_is_told_by_content_not_by_file_name()
    {
        Assert.True(Hub.Formats.TryGet(Channel, out var f));
        var payload = FixturePayloads.Load(Channel, "webhook-withdrawn.json") with { Name = "upload.bin" };
        var record = Assert.Single(f.Parse(payload)).Record!;
        Assert.Equal("appeal.withdrawn", record.EventType);
        Assert.Equal(new DateTimeOffset(2024, 5, 8, 8, 0, 0, TimeSpan.FromHours(8)), record.OccurredAt);
    }

    [Fact]
    public void Pull_page_items_are_placed_at_the_time_the_page_was_fetched()
    {
        Assert.True(Hub.Formats.TryGet(Channel, out var f));
        var payload = FixturePayloads.Load(Channel, "pull-page.json");
        Assert.All(f.Parse(payload), r => Assert.Equal(payload.ReceivedAt, r.Record!.OccurredAt));
    }
}
