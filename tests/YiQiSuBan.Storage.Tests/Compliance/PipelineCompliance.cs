using System.Text.Json.Nodes;
using Dapper;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;
using static YiQiSuBan.Storage.Tests.Compliance.TestPayloads;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>
/// The ingest pipeline's guarantees, run on each real store by a subclass: real mapping files, the test-only
/// <see cref="PushEventTestFormat"/> for parsing.
/// </summary>
public abstract class PipelineCompliance : IAsyncLifetime
{
    private readonly List<ITempStore> _temps = [];

    /// <summary>A fresh, empty store (not migrated).</summary>
    protected abstract Task<ITempStore> CreateTempStoreAsync();

    protected IHubStore Store => _temps[0].Store;

    public async Task InitializeAsync() => await FreshStoreAsync();

    public async Task DisposeAsync()
    {
        foreach (var t in _temps) await t.DisposeAsync();
    }

    private async Task<IHubStore> FreshStoreAsync()
    {
        var temp = await CreateTempStoreAsync();
        _temps.Add(temp);
        await temp.Store.MigrateAsync();
        return temp.Store;
    }

    private static IngestPipeline Pipeline(IHubStore store) =>
        new(store, PushEventTestFormat.Registry, Hub.Mapper, new NoMatching(), []);

    [Fact]
    public async Task The_same_payload_again_changes_nothing()
    {
        var payload = Payload(PushBody("ZZ-1", 1));
        var first = await Pipeline(Store).IngestAsync(payload);
        var again = await Pipeline(Store).IngestAsync(payload with { Name = "retry.json", ReceivedAt = Day.AddHours(2) });
        var resent = await Pipeline(Store).IngestAsync(Payload(PushBody("ZZ-1", 1).With("eventId", "e-retry-2"), minute: 30));

        Assert.Equal(1, first.Created);
        Assert.True(again.DuplicatePayload);
        Assert.Empty(again.Events);
        Assert.Equal(1, resent.Unchanged);
        Assert.Empty(resent.Events);
        var feed = await ReadAllAsync(Store);
        Assert.Equal(FeedEventTypes.Created, Assert.Single(feed).Type);
        ComplaintSchema.AssertValid(HubJson.Serialize(feed[0].Complaint));
    }

    [Fact]
    public async Task A_newer_version_updates_the_complaint()
    {
        await Pipeline(Store).IngestAsync(Payload(PushBody("ZZ-2", 1), "v1.json"));
        var report = await Pipeline(Store).IngestAsync(Payload(PushBody("ZZ-2", 2, state: "办理中", eventType: "ORDER_UPDATE"), "v2.json", minute: 60));

        var updated = Assert.Single(report.Events);
        Assert.Equal(FeedEventTypes.Updated, updated.Type);
        var current = await Store.GetComplaintAsync(updated.ComplaintId);
        Assert.Equal(2, current!.Complaint!.SourceVersion);
        Assert.Equal(ComplaintState.Processing, current.Complaint.Status.State);
        Assert.Equal([FeedEventTypes.Created, FeedEventTypes.Updated], (await ReadAllAsync(Store)).Select(e => e.Type));
        ComplaintSchema.AssertValid(HubJson.Serialize(current.Complaint));
    }

    [Fact]
    public async Task An_older_version_arriving_late_goes_to_history_only()
    {
        await Pipeline(Store).IngestAsync(Payload(PushBody("ZZ-3", 2, state: "办理中"), "v2.json"));
        var late = await Pipeline(Store).IngestAsync(Payload(PushBody("ZZ-3", 1), "v1.json", minute: 60));

        Assert.Equal(1, late.Stale);
        Assert.Empty(late.Events);
        var id = Assert.Single(await ReadAllAsync(Store)).ComplaintId;
        var current = await Store.GetComplaintAsync(id);
        Assert.Equal(2, current!.Snapshot.Version);
        Assert.Equal(ComplaintState.Processing, current.Complaint!.Status.State);
        await using var s = await Store.BeginAsync();
        var history = await s.Connection.QueryAsync<(string Outcome, long Version)>(
            "SELECT outcome, source_version FROM complaint_history WHERE complaint_id = @id ORDER BY id", new { id }, s.Transaction);
        Assert.Equal([("applied", 2L), ("stale", 1L)], history);
    }

    [Fact]
    public async Task History_written_in_one_transaction_keeps_the_order_things_happened()
    {
        var pipeline = Pipeline(Store);
        await using (var session = await Store.BeginAsync())
        {
            foreach (var (body, name, minute) in new[] { (PushBody("ZZ-H", 2), "v2.json", 0), (PushBody("ZZ-H", 1), "v1-late.json", 1), (PushBody("ZZ-H", 3), "v3.json", 2) })
            {
                var payload = Payload(body, name, minute);
                await pipeline.IngestAsync(payload, session, pipeline.ParseAll(payload), default);
            }
            await session.CommitAsync();
        }

        var id = (await ReadAllAsync(Store))[0].ComplaintId;
        await using var s = await Store.BeginAsync();
        var history = await s.Connection.QueryAsync<(string Outcome, long Version)>(
            "SELECT outcome, source_version FROM complaint_history WHERE complaint_id = @id ORDER BY id", new { id }, s.Transaction);
        Assert.Equal([("applied", 2L), ("stale", 1L), ("applied", 3L)], history);
    }

    [Fact]
    public async Task A_bad_record_is_quarantined_with_stage_reason_and_raw_link_and_the_batch_goes_on()
    {
        var batch = new JsonArray(
            PushBody("ZZ-4a", 1),
            new JsonObject { ["eventId"] = "e-broken", ["eventType"] = "ORDER_DISPATCH" },
            PushBody("ZZ-4b", 1, content: " \u3000 "),
            PushBody("ZZ-4c", 1));
        var payload = Payload(batch, "batch.json");

        var report = await Pipeline(Store).IngestAsync(payload);

        Assert.Equal(2, report.Created);
        var quarantined = await Store.ListQuarantineAsync();
        Assert.Equal([("parse", 2), ("map", 3)], quarantined.Select(q => (q.Stage, q.Row ?? 0)));
        Assert.All(quarantined, q => Assert.False(string.IsNullOrWhiteSpace(q.Reason)));
        Assert.Equal("ZZ-4b", quarantined[1].SourceId);
        Assert.Equal("batch.json", quarantined[0].File);
        Assert.Equal(payload.Bytes.ToArray(), await Store.GetRawBytesAsync(quarantined[0].RawId!.Value));
        Assert.Equal(quarantined[0].RawId, quarantined[1].RawId);
        Assert.Equal(2, (await ReadAllAsync(Store)).Count);
    }

    [Fact]
    public async Task Replaying_the_same_recordings_twice_gives_the_same_ids_and_nothing_new()
    {
        var folder = Directory.CreateTempSubdirectory("yiqisuban-replay-");
        try
        {
            var channel = Directory.CreateDirectory(Path.Combine(folder.FullName, "hotline12345"));
            var files = new (string Name, JsonNode Body)[]
            {
                ("20240304T100000-push-a-v1.json", PushBody("ZZ-5a", 1)),
                ("20240304T110000-push-b-v1.json", PushBody("ZZ-5b", 1)),
                ("20240305T100000-push-a-v2.json", PushBody("ZZ-5a", 2, state: "已办结")),
                ("20240305T120000-push-a-v1-late.json", PushBody("ZZ-5a", 1).With("eventId", "e-late")),
                ("20240306T100000-batch.json", new JsonArray(PushBody("ZZ-5c", 3), new JsonObject())),
            };
            foreach (var (name, body) in files) await File.WriteAllTextAsync(Path.Combine(channel.FullName, name), body.ToJsonString());
            var entries = RecordedPayloads.Find(folder.FullName, null, PushEventTestFormat.Registry.Channels);

            var first = await ReplayAsync(Store, entries);
            var again = await ReplayAsync(Store, entries);
            var elsewhere = await ReplayAsync(await FreshStoreAsync(), entries);

            Assert.Equal(5, entries.Count);
            Assert.Equal(4, first.Count);
            Assert.Empty(again);
            Assert.Equal(first, elsewhere);
            Assert.Equal(3, first.Select(e => e.Id).Distinct().Count());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_replay_longer_than_a_transaction_stores_repeated_bytes_once_and_ends_on_the_newest_versions()
    {
        var folder = Directory.CreateTempSubdirectory("yiqisuban-replay-");
        try
        {
            var channel = Directory.CreateDirectory(Path.Combine(folder.FullName, "hotline12345"));
            const int Orders = 700; // more than one read-ahead batch (256) and one transaction (500)
            for (var i = 0; i < Orders; i++)
            {
                var first = PushBody($"ZZ-M{i:D4}", 1).ToJsonString();
                await File.WriteAllTextAsync(Path.Combine(channel.FullName, $"20240304T10{i / 60 % 60:D2}{i % 60:D2}-push-{i:D4}-v1.json"), first);
                if (i % 7 == 0) // the same bytes delivered again under another name
                    await File.WriteAllTextAsync(Path.Combine(channel.FullName, $"20240304T12{i / 60 % 60:D2}{i % 60:D2}-push-{i:D4}-again.json"), first);
                if (i % 3 == 0)
                    await File.WriteAllTextAsync(Path.Combine(channel.FullName, $"20240305T10{i / 60 % 60:D2}{i % 60:D2}-push-{i:D4}-v2.json"),
                        PushBody($"ZZ-M{i:D4}", 2, state: "已办结").ToJsonString());
            }
            var entries = RecordedPayloads.Find(folder.FullName, null, PushEventTestFormat.Registry.Channels);

            var summary = await new ReplayRunner(Store, Pipeline(Store)).RunAsync(entries, _ => { });

            Assert.Equal(Orders / 7, summary.DuplicatePayloads); // i = 0, 7, … 693
            var feed = await ReadAllAsync(Store, page: 500);
            Assert.Equal(Orders, feed.Count(e => e.Type == FeedEventTypes.Created));
            Assert.Equal(Orders / 3 + 1, feed.Count(e => e.Type == FeedEventTypes.Updated));
            foreach (var i in new[] { 0, 3, 255, 256, 501, 699 })
            {
                var stored = (await Store.GetComplaintAsync(feed.First(e => e.Complaint!.SourceId == $"ZZ-M{i:D4}").ComplaintId))!;
                Assert.Equal(i % 3 == 0 ? ComplaintState.Closed : ComplaintState.Assigned, stored.Complaint!.Status.State); // 待签收 = handed to a unit
                var last = feed.Last(e => e.ComplaintId == stored.Id);
                Assert.Equal(HubJson.Serialize(stored.Complaint), HubJson.Serialize(last.Complaint));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<(string Type, string Id)>> ReplayAsync(IHubStore store, IReadOnlyList<RecordedPayloads.Entry> entries)
    {
        var events = new List<(string, string)>();
        await new ReplayRunner(store, Pipeline(store)).RunAsync(entries, r => events.AddRange(r.Events.Select(e => (e.Type, e.ComplaintId))));
        return events;
    }
}
