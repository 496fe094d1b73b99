using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Supervision;

/// <summary>Transfer-order lists in their real encodings, parsed and mapped, against golden reports.</summary>
public sealed class SupervisionFormatTests
{
    [Theory]
    [InlineData("list-gbk.xml")]
    [InlineData("list-utf8-cdata.xml")]
    [InlineData("list-one-broken.xml")]
    [InlineData("list-truncated.xml")]
    [InlineData("list-doctype.xml")]
    public void Fixture_parses_as_the_golden_report_says(string file)
    {
        var report = ParseReport.Render(ParseReport.Payload("supervision", "supervision", file));
        GoldenFile.Assert(RepoPaths.Fixture("supervision", Path.ChangeExtension(file, ".golden.txt")), report);
    }

    [Fact]
    public void Gbk_prolog_is_decoded_as_gb18030()
    {
        var records = ParseReport.Parse(ParseReport.Payload("supervision", "supervision", "list-gbk.xml")).Select(r => r.Record!).ToList();
        Assert.Equal(["GWYDC-2024-370404-90001", "ZGZFW-2024-370404-90002"], records.Select(r => r.SourceId));
        Assert.Equal("企业反映工程款被长期拖欠", records[0]["BT"]);
        Assert.Equal("sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
            Hub.Mapper.Map(records[0], ParseReport.ReceivedAt, "x").Attachments[0].Digest);
    }

    [Fact]
    public void A_doctype_is_refused_and_its_entity_never_resolved()
    {
        var results = ParseReport.Parse(ParseReport.Payload("supervision", "supervision", "list-doctype.xml"));
        var only = Assert.Single(results);
        Assert.Null(only.Record);
        Assert.Contains("DTD", only.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", only.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_document_fails_as_a_whole()
    {
        var only = Assert.Single(ParseReport.Parse(ParseReport.Payload("supervision", "supervision", "list-truncated.xml")));
        Assert.Null(only.Record);
        Assert.Null(only.Row);
        Assert.Contains("truncated", only.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_order_fails_alone_and_the_others_go_on()
    {
        var results = ParseReport.Parse(ParseReport.Payload("supervision", "supervision", "list-one-broken.xml"));
        Assert.Equal(["GWYDC-2024-370404-90005"], results.Where(r => r.Record is not null).Select(r => r.Record!.SourceId));
        Assert.Equal([2, 3], results.Where(r => r.Record is null).Select(r => r.Row ?? 0));
    }

    [Fact]
    public async Task A_list_fetched_again_creates_nothing_new()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var first = await pipeline.IngestAsync(ParseReport.Payload("supervision", "supervision", "list-gbk.xml"));
        Assert.Equal(2, first.Created);
        Assert.Empty(first.Quarantined);

        // the same orders again, re-encoded as UTF-8 (other bytes, same content): nothing changes
        var again = ParseReport.Payload("supervision", "supervision", "list-gbk.xml");
        var utf8 = Encodings.PayloadEncodings.Gb18030.GetString(again.Bytes.Span).Replace("encoding=\"GBK\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
        var second = await pipeline.IngestAsync(again with { Name = "again.xml", Bytes = System.Text.Encoding.UTF8.GetBytes(utf8), ReceivedAt = again.ReceivedAt.AddHours(1) });
        Assert.Equal((0, 0, 2), (second.Created, second.Updated, second.Unchanged));

        var identical = await pipeline.IngestAsync(ParseReport.Payload("supervision", "supervision", "list-gbk.xml"));
        Assert.True(identical.DuplicatePayload);
        Assert.Empty(identical.Events);
    }
}
