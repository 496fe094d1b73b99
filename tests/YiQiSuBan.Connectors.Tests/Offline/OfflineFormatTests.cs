using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Offline;

/// <summary>Collector batches (GB18030 CSV, UTF-8-BOM CSV, XLSX) parsed row by row and mapped, against golden reports.</summary>
public sealed class OfflineFormatTests
{
    [Theory]
    [InlineData("batch-gbk.csv")]
    [InlineData("batch-gbk-fixed.csv")]
    [InlineData("batch-utf8bom.csv")]
    [InlineData("batch-merged.xlsx")]
    public void Fixture_parses_as_the_golden_report_says(string file)
    {
        var report = ParseReport.Render(ParseReport.Payload("offline", "offline", file));
        GoldenFile.Assert(RepoPaths.Fixture("offline", Path.GetFileNameWithoutExtension(file) + ".golden.txt"), report);
    }

    [Fact]
    public void Bad_rows_are_reported_by_row_number_and_the_good_rows_go_on()
    {
        var results = ParseReport.Parse(ParseReport.Payload("offline", "offline", "batch-gbk.csv"));
        Assert.Equal([3, 5, 8], results.Where(r => r.Record is not null).Select(r => r.Row ?? 0));
        Assert.Equal([6, 7], results.Where(r => r.Record is null).Select(r => r.Row ?? 0));
        Assert.All(results.Where(r => r.Record is null), r => Assert.StartsWith($"row {r.Row}: ", r.Error, StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_cells_fill_down_and_rows_keep_their_sheet_numbers()
    {
        var records = ParseReport.Parse(ParseReport.Payload("offline", "offline", "batch-merged.xlsx")).Select(r => r.Record!).ToList();
        Assert.Equal([3, 5], records.Select(r => r.Row ?? 0));
        Assert.All(records, r => Assert.Equal("测试员丙", r["采集人"]));
        Assert.Equal("15968339696", records[0]["联系电话"]);
    }

    [Fact]
    public async Task A_batch_handed_in_twice_creates_nothing_twice()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var first = await pipeline.IngestAsync(ParseReport.Payload("offline", "offline", "batch-gbk.csv"));
        Assert.Equal(3, first.Created);
        Assert.Equal([6, 7], first.Quarantined.Select(q => q.Row ?? 0));

        var identical = await pipeline.IngestAsync(ParseReport.Payload("offline", "offline", "batch-gbk.csv"));
        Assert.True(identical.DuplicatePayload);

        // the same rows saved again as UTF-8 with BOM under another name: same ids, nothing new
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("offline", "batch-gbk.csv"));
        var text = Encodings.PayloadEncodings.Gb18030.GetString(bytes);
        var resaved = ParseReport.Payload("offline", "offline", "batch-gbk.csv") with
        {
            Name = "resaved-wgy.csv",
            Bytes = (byte[])[.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)],
            ReceivedAt = ParseReport.ReceivedAt.AddDays(1),
        };
        var second = await pipeline.IngestAsync(resaved);
        Assert.Equal((0, 0, 3), (second.Created, second.Updated, second.Unchanged));
    }

    [Fact]
    public async Task A_fixed_row_handed_in_again_is_recognised()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var first = await pipeline.IngestAsync(ParseReport.Payload("offline", "offline", "batch-gbk.csv"));
        var fixedBatch = ParseReport.Payload("offline", "offline", "batch-gbk-fixed.csv") with { ReceivedAt = ParseReport.ReceivedAt.AddDays(2) };
        var second = await pipeline.IngestAsync(fixedBatch);

        // row 6's date was fixed: it is new now; row 3's phone was written in full: the same complaint, updated
        Assert.Equal(1, second.Created);
        Assert.Equal(1, second.Updated);
        Assert.Equal(2, second.Unchanged);
        Assert.Equal([7], second.Quarantined.Select(q => q.Row ?? 0));
        var updated = second.Events.Single(e => e.Type == "complaint.updated");
        Assert.Contains(first.Events, e => e.ComplaintId == updated.ComplaintId);
        Assert.Equal("13806312345", updated.Complaint!.Complainant.Phone);
    }

    [Fact]
    public void Without_a_role_column_the_role_comes_from_the_drop_folder_name()
    {
        var csv = "\uFEFF采集人,所属镇街,诉求内容,采集时间\r\n测试员丁,阴平,阴平镇某路口信号灯故障。,2024-03-09\r\n";
        var payload = new RawPayload { Channel = "offline", Name = "20240310T101010-b123abc-hfy.csv", Bytes = System.Text.Encoding.UTF8.GetBytes(csv), ReceivedAt = ParseReport.ReceivedAt };
        var record = Assert.Single(ParseReport.Parse(payload)).Record!;
        Assert.Equal(2, record.Row);
        Assert.Equal("回访员", Hub.Mapper.Map(record, payload.ReceivedAt, payload.Sha256).CollectorRole);
    }

    [Fact]
    public void A_batch_without_a_header_fails_as_a_whole_with_a_reason()
    {
        var payload = new RawPayload { Channel = "offline", Name = "x.csv", Bytes = "a,b,c\r\n1,2,3\r\n"u8.ToArray(), ReceivedAt = ParseReport.ReceivedAt };
        var only = Assert.Single(ParseReport.Parse(payload));
        Assert.Null(only.Record);
        Assert.Contains("no header row", only.Error, StringComparison.Ordinal);
    }
}
