using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Hotline12345;

/// <summary>hotline12345 versions through the real pipeline on SQLite: newer versions update, late older ones change nothing.</summary>
public sealed class Hotline12345PipelineTests
{
    private const string Channel = "hotline12345";
    private static readonly DateTimeOffset T0 = new(2024, 3, 10, 8, 31, 0, TimeSpan.FromHours(8));

    private static Task<IngestReport> Ingest(IngestPipeline pipeline, string fixture, int hours) =>
        pipeline.IngestAsync(FixturePayloads.Load(Channel, fixture, T0.AddHours(hours)));

    [Fact]
    public async Task Newer_version_updates_and_late_older_version_changes_nothing()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);

        var created = await Ingest(pipeline, "push-dispatch-v1.json", 0);
        Assert.Equal(FeedEventTypes.Created, Assert.Single(created.Events).Type);

        var updated = await Ingest(pipeline, "push-update-v2.json", 26);
        var update = Assert.Single(updated.Events);
        Assert.Equal(FeedEventTypes.Updated, update.Type);
        Assert.Equal(2, update.Complaint!.SourceVersion);
        Assert.Equal(ComplaintState.Processing, update.Complaint!.Status.State);

        var late = await Ingest(pipeline, "push-late-v1.json", 30);
        Assert.Empty(late.Events);
        Assert.Equal(1, late.Stale);

        var stored = await db.Store.GetComplaintAsync(update.ComplaintId);
        Assert.Equal(2, stored!.Complaint!.SourceVersion);
        Assert.Equal("阴平镇某小区门前道路积水", stored.Complaint.Title);
    }

    [Fact]
    public async Task Urge_repeats_the_order_without_a_new_event_and_revoke_withdraws()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        await Ingest(pipeline, "push-dispatch-v1.json", 0);
        await Ingest(pipeline, "push-update-v2.json", 26);

        var urge = await Ingest(pipeline, "push-urge.json", 40);
        Assert.Empty(urge.Events);
        Assert.Empty(urge.Quarantined);

        var revoke = await Ingest(pipeline, "push-revoke-v3.json", 50);
        var withdrawn = Assert.Single(revoke.Events);
        Assert.Equal(FeedEventTypes.Withdrawn, withdrawn.Type);
        Assert.Equal(ComplaintState.Withdrawn, withdrawn.Complaint!.Status.State);
    }

    [Fact]
    public async Task Bare_revoke_naming_only_the_order_withdraws_a_known_order()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        await Ingest(pipeline, "push-dispatch-v1.json", 0);

        var revoke = await Ingest(pipeline, "push-revoke-bare.json", 10);
        var withdrawn = Assert.Single(revoke.Events);
        Assert.Equal(FeedEventTypes.Withdrawn, withdrawn.Type);
        Assert.Equal("阴平镇某小区门前道路积水", withdrawn.Complaint!.Title);
    }

    [Fact]
    public async Task Business_error_and_truncated_pages_are_quarantined_at_parse()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        var error = await Ingest(pipeline, "business-error.json", 0);
        var truncated = await Ingest(pipeline, "truncated-page.json", 1);
        Assert.Equal("parse", Assert.Single(error.Quarantined).Stage);
        Assert.Equal("parse", Assert.Single(truncated.Quarantined).Stage);
    }

    [Fact]
    public async Task Whole_shared_sample_folder_replays_without_quarantine_or_doubles()
    {
        var (summary, reports) = await SharedSampleReplay.RunAsync(Channel);
        var counts = summary.Channels[Channel];
        Assert.Equal(0, counts.Quarantined);
        Assert.True(counts.Created > 0);
        var created = reports.SelectMany(r => r.Events).Where(e => e.Type == FeedEventTypes.Created).Select(e => e.Complaint!.SourceId).ToList();
        Assert.Equal(created.Count, created.Distinct().Count());
    }
}
