using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Hotline12345;

/// <summary>hotline12345 payloads read and mapped, checked against golden files.</summary>
public sealed class Hotline12345FormatTests
{
    private const string Channel = "hotline12345";

    [Theory]
    [InlineData("pull-page-quirks.json")]
    [InlineData("push-dispatch-v1.json")]
    [InlineData("push-update-v2.json")]
    [InlineData("push-urge.json")]
    [InlineData("push-revoke-v3.json")]
    [InlineData("business-error.json")]
    [InlineData("truncated-page.json")]
    [InlineData("malformed-page.json")]
    [InlineData("empty-page.json")]
    [InlineData("push-revoke-bare.json")]
    public void Fixture_matches_its_golden_file(string fixture) => FormatGolden.Check(Channel, fixture);

    [Fact]
    public void Business_error_page_fails_with_code_and_no_records()
    {
        var results = Hub.Formats.TryGet(Channel, out var f) ? f.Parse(FixturePayloads.Load(Channel, "business-error.json")).ToList() : [];
        var only = Assert.Single(results);
        Assert.Null(only.Record);
        Assert.Contains("4001", only.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_page_is_reported_as_truncated_without_its_text()
    {
        Assert.True(Hub.Formats.TryGet(Channel, out var f));
        var only = Assert.Single(f.Parse(FixturePayloads.Load(Channel, "truncated-page.json")));
        Assert.Contains("truncated", only.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("阴平", only.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Push_kind_is_told_by_content_not_by_file_name()
    {
        Assert.True(Hub.Formats.TryGet(Channel, out var f));
        var payload = FixturePayloads.Load(Channel, "push-urge.json") with { Name = "20240312T000000-pull-p001.json" };
        var record = Assert.Single(f.Parse(payload)).Record!;
        Assert.Equal("ORDER_URGE", record.EventType);
        Assert.Equal("CB202403120120", record["urgeNo"]);
    }
}
