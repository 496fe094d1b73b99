using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.PeopleBoard;

/// <summary>A thread's life through the real pipeline on SQLite: detail, list row, reply, a late older copy, errors.</summary>
public sealed class PeopleBoardIngestTests
{
    private readonly ChannelFixtures _fixtures = new("people-board");
    private static readonly string Thread = ComplaintIds.For("people-board", "30000001");

    [Fact]
    public async Task List_row_updates_state_but_keeps_the_full_content()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        await ChannelFixtures.IngestAsync(pipeline, _fixtures, "20240301T120000-detail-30000001.json", "20240302T080000-list-5391-p1.json");
        var complaint = (await db.Store.GetComplaintAsync(Thread))!.Complaint!;
        Assert.Equal(ComplaintState.Processing, complaint.Status.State);
        Assert.EndsWith("联系电话：0632-7712345。", complaint.Content);
        var listedOnly = await db.Store.GetComplaintAsync(ComplaintIds.For("people-board", "30000002"));
        Assert.NotNull(listedOnly);
        Assert.True(listedOnly.Snapshot.IsPartial);
        Assert.Null(listedOnly.Complaint);
    }

    [Fact]
    public async Task Reply_arrives_as_update_and_a_late_older_copy_is_ignored()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var reports = await ChannelFixtures.IngestAsync(pipeline, _fixtures,
            "20240301T120000-detail-30000001.json", "20240302T080000-list-5391-p1.json",
            "20240308T090000-detail-30000001.json", "20240309T090000-detail-30000001.json");
        Assert.Equal(1, reports[2].Updated);
        Assert.Equal(1, reports[3].Stale);
        var complaint = (await db.Store.GetComplaintAsync(Thread))!.Complaint!;
        Assert.Equal(ComplaintState.Replied, complaint.Status.State);
        Assert.Single(complaint.Replies);
        _fixtures.AssertComplaintMatchesGolden("30000001-final", complaint);
    }

    [Fact]
    public async Task Error_answers_are_quarantined_with_their_reason()
    {
        await using var db = await TempSqlite.CreateAsync();
        var reports = await ChannelFixtures.IngestAsync(Hub.Pipeline(db.Store), _fixtures, "20240310T090000-error-SN0006.json");
        var item = Assert.Single(reports[0].Quarantined);
        Assert.Equal("parse", item.Stage);
        Assert.Contains("SN0006", item.Reason);
    }
}
