using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.MayorMailbox;

/// <summary>Letters through the real pipeline on SQLite: list states, a reply, a late older copy, list-before-detail.</summary>
public sealed class MayorMailboxIngestTests
{
    private readonly ChannelFixtures _fixtures = new("mayor-mailbox");
    private static readonly string Letter1 = ComplaintIds.For("mayor-mailbox", "YC202404010001");
    private static readonly string Letter2 = ComplaintIds.For("mayor-mailbox", "YC202404010002");

    private static readonly string[] Arrivals =
    [
        "20240401T090000-detail-YC202404010001.html",
        "20240402T090000-list-p001.html",
        "20240403T090000-detail-YC202404010002.html",
        "20240410T090000-detail-YC202404010001.html",
        "20240411T090000-list-p001.html",
        "20240412T090000-detail-YC202404010001.html",
    ];

    [Fact]
    public async Task List_state_reply_and_closing_arrive_as_updates()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var states = new List<ComplaintState?>();
        foreach (var file in Arrivals)
        {
            await ChannelFixtures.IngestAsync(pipeline, _fixtures, file);
            states.Add((await db.Store.GetComplaintAsync(Letter1))?.Complaint?.Status.State);
        }
        Assert.Equal([ComplaintState.New, ComplaintState.Processing, ComplaintState.Processing, ComplaintState.Replied, ComplaintState.Closed, ComplaintState.Closed], states);
        var complaint = (await db.Store.GetComplaintAsync(Letter1))!.Complaint!;
        Assert.Single(complaint.Replies);
        _fixtures.AssertComplaintMatchesGolden("YC202404010001-final", complaint);
    }

    [Fact]
    public async Task A_late_older_copy_of_the_detail_is_ignored()
    {
        await using var db = await TempSqlite.CreateAsync();
        var reports = await ChannelFixtures.IngestAsync(Hub.Pipeline(db.Store), _fixtures, Arrivals);
        Assert.Equal(1, reports[^1].Stale);
    }

    [Fact]
    public async Task A_list_row_seen_before_the_detail_is_kept_and_completed_by_it()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        await ChannelFixtures.IngestAsync(pipeline, _fixtures, "20240402T090000-list-p001.html");
        var kept = (await db.Store.GetComplaintAsync(Letter2))!;
        Assert.Null(kept.Complaint);
        Assert.Equal("办理中", kept.Snapshot["办理状态"]);

        await ChannelFixtures.IngestAsync(pipeline, _fixtures, "20240403T090000-detail-YC202404010002.html");
        var complaint = (await db.Store.GetComplaintAsync(Letter2))!.Complaint!;
        Assert.Equal(ComplaintState.Processing, complaint.Status.State);
        Assert.Equal("http://www.yicheng.gov.cn/jact/front/mailpubdetail.do?sysid=6&objid=8a8c00000000000000000000000000b2", complaint.SourceUrl);
        Assert.Equal("370404101", complaint.Location.RegionCode);
    }

    [Fact]
    public async Task Content_markup_and_entities_become_plain_text()
    {
        await using var db = await TempSqlite.CreateAsync();
        await ChannelFixtures.IngestAsync(Hub.Pipeline(db.Store), _fixtures, "20240401T090000-detail-YC202404010001.html");
        var complaint = (await db.Store.GetComplaintAsync(Letter1))!.Complaint!;
        Assert.Equal("区长您好： 我是𠮷祥小区的住户，榴园镇榴园路 12号门前的污水井已经堵了半个月， 污水漫到路面&人行道上。 请尽快疏通！联系电话：13806321234", complaint.Content);
        Assert.Equal("13806321234", complaint.Complainant.Phone);
        Assert.Equal("榴园镇", complaint.Location.Township);
    }
}
