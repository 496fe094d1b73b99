using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.CityHub;

/// <summary>city-hub appeals through the real pipeline on SQLite: ordering by webhook timestamp, withdrawal, whole-sample replay.</summary>
public sealed class CityHubPipelineTests
{
    private const string Channel = "city-hub";
    private static readonly DateTimeOffset T0 = new(2024, 5, 6, 9, 30, 5, TimeSpan.FromHours(8));

    private static Task<IngestReport> Ingest(IngestPipeline pipeline, string fixture, int hours) =>
        pipeline.IngestAsync(FixturePayloads.Load(Channel, fixture, T0.AddHours(hours)));

    [Fact]
    public async Task Updated_webhook_updates_a_late_older_one_changes_nothing_and_withdrawn_withdraws()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);

        Assert.Equal(FeedEventTypes.Created, Assert.Single((await Ingest(pipeline, "webhook-created.json", 0)).Events).Type);

        var update = Assert.Single((await Ingest(pipeline, "webhook-updated.json", 25)).Events);
        Assert.Equal(FeedEventTypes.Updated, update.Type);
        Assert.Equal(ComplaintState.Processing, update.Complaint!.Status.State);

        var late = await Ingest(pipeline, "webhook-updated-late.json", 30);
        Assert.Empty(late.Events);
        Assert.Equal(1, late.Stale);

        var withdrawn = Assert.Single((await Ingest(pipeline, "webhook-withdrawn.json", 47)).Events);
        Assert.Equal(FeedEventTypes.Withdrawn, withdrawn.Type);
        Assert.Equal(ComplaintState.Withdrawn, withdrawn.Complaint!.Status.State);
        Assert.Equal("企业反映政策兑现资金迟迟未到账", withdrawn.Complaint!.Title);
    }

    [Fact]
    public async Task Same_webhook_delivered_twice_is_one_payload()
    {
        await using var db = await TempSqlite.CreateAsync();
        var pipeline = Hub.Pipeline(db.Store);
        await Ingest(pipeline, "webhook-created.json", 0);
        var retry = await Ingest(pipeline, "webhook-created.json", 1);
        Assert.True(retry.DuplicatePayload);
        Assert.Empty(retry.Events);
    }

    [Fact]
    public async Task Whole_shared_sample_folder_replays_without_quarantine_doubles_or_id_numbers()
    {
        var (summary, reports) = await SharedSampleReplay.RunAsync(Channel);
        var counts = summary.Channels[Channel];
        Assert.Equal(0, counts.Quarantined);
        var events = reports.SelectMany(r => r.Events).ToList();
        var created = events.Where(e => e.Type == FeedEventTypes.Created).Select(e => e.Complaint!.SourceId).ToList();
        Assert.Equal(created.Count, created.Distinct().Count());

        var idNumbers = SampleIdNumbers();
        Assert.NotEmpty(idNumbers);
        var feed = string.Join("\n", events.Select(e => Core.Json.HubJson.Serialize(e)));
        Assert.DoesNotContain(idNumbers, id => feed.Contains(id, StringComparison.Ordinal));
    }

    /// <summary>The ID numbers the shared samples carry, read straight from the files.</summary>
    private static HashSet<string> SampleIdNumbers()
    {
        var entries = RecordedPayloads.Find(RepoPaths.SharedChannels, Channel, Hub.Formats.Channels);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            var text = File.ReadAllText(e.Path);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, "\"idCardNo\":\"([0-9Xx]{15,18})\""))
                ids.Add(m.Groups[1].Value);
        }
        return ids;
    }
}
