using Dapper;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.TestKit;
using static YiQiSuBan.Storage.Tests.Compliance.TestPayloads;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>
/// A store written by the first schema (migrations 1–2: the complaint row and every feed event carried the whole
/// complaint) upgrades in place: after migration 3 every complaint and event reads as before, and new writes work.
/// Each store's subclass gives that schema in its dialect.
/// </summary>
public abstract class SchemaUpgradeCompliance
{
    /// <summary>A fresh, empty store (not migrated).</summary>
    protected abstract Task<ITempStore> CreateTempStoreAsync();

    /// <summary>The store's migrations, in order (the first schema is migrations 1 and 2 of these).</summary>
    protected abstract IReadOnlyList<(int Version, string Sql)> Migrations { get; }

    /// <summary>The schema_migrations table with rows for migrations 1 and 2, in the store's dialect.</summary>
    protected abstract string FirstSchemaMigrationsTable { get; }

    private string FirstSchema =>
        string.Join(";\n", Migrations.Where(m => m.Version <= 2).Select(m => m.Sql).Prepend(FirstSchemaMigrationsTable));

    /// <summary>Inserts into the first schema: @id, @channel, @sourceId, @snapshot, @complaint, @hash, @payload (JSON as text).</summary>
    protected abstract string FirstSchemaRows { get; }

    [Fact]
    public async Task A_store_of_the_first_schema_reads_the_same_after_the_upgrade()
    {
        // what the first schema held: one complaint, its applied history row and its created event
        await using var source = await CreateTempStoreAsync();
        await source.Store.MigrateAsync();
        await new IngestPipeline(source.Store, PushEventTestFormat.Registry, Hub.Mapper, new NoMatching(), []).IngestAsync(Payload(PushBody("UP-1", 1)));
        var created = Assert.Single(await ReadAllAsync(source.Store));
        var stored = (await source.Store.GetComplaintAsync(created.ComplaintId))!;

        await using var old = await CreateTempStoreAsync();
        await using (var s = await old.Store.BeginAsync())
        {
            await s.Connection.ExecuteAsync(FirstSchema, transaction: s.Transaction);
            await s.Connection.ExecuteAsync(FirstSchemaRows, new
            {
                id = stored.Id, channel = stored.Snapshot.Channel, sourceId = stored.Snapshot.SourceId, snapshot = HubJson.Serialize(stored.Snapshot),
                complaint = HubJson.Serialize(stored.Complaint), hash = stored.ContentHash, payload = HubJson.Serialize(created with { Seq = 0 }),
            }, s.Transaction);
            await s.CommitAsync();
        }
        await old.Store.MigrateAsync();

        var upgraded = (await old.Store.GetComplaintAsync(stored.Id))!;
        Assert.Equal(HubJson.Serialize(stored.Complaint), HubJson.Serialize(upgraded.Complaint));
        Assert.Equal(HubJson.Serialize(SourceFieldOrder.InKeyOrder(stored).Snapshot), HubJson.Serialize(SourceFieldOrder.InKeyOrder(upgraded).Snapshot));
        Assert.Equal(stored.ContentHash, upgraded.ContentHash);
        var feed = Assert.Single(await ReadAllAsync(old.Store));
        Assert.Equal(HubJson.Serialize(created.Complaint), HubJson.Serialize(feed.Complaint));

        var update = await new IngestPipeline(old.Store, PushEventTestFormat.Registry, Hub.Mapper, new NoMatching(), [])
            .IngestAsync(Payload(PushBody("UP-1", 2, state: "办理中"), name: "v2.json", minute: 5));
        Assert.Equal(1, update.Updated);
        var events = await ReadAllAsync(old.Store);
        Assert.Equal([FeedEventTypes.Created, FeedEventTypes.Updated], events.Select(e => e.Type));
        Assert.Equal(HubJson.Serialize(events[1].Complaint), HubJson.Serialize((await old.Store.GetComplaintAsync(stored.Id))!.Complaint));
        Assert.Equal(HubJson.Serialize(created.Complaint), HubJson.Serialize(events[0].Complaint));
    }

    [Fact]
    public async Task Dedupe_documents_indexed_under_text_keys_are_found_by_their_keys_after_the_upgrade()
    {
        // migrations up to 21 kept lookup keys as text rows (dedupe_keys); 22 keeps integer rows and rebuilds them
        await using var old = await CreateTempStoreAsync();
        var upTo21 = Migrations.Where(m => m.Version <= 21).ToList();
        var anonymous = Doc("old-anonymous", [], "厂区门口道路施工封闭三个月货车无法进出请尽快协调恢复通行");
        var identified = Doc("old-identified", ["phone:13912345678"], "电费缴纳后一直未到账影响生产");
        await using (var s = await old.Store.BeginAsync())
        {
            await s.Connection.ExecuteAsync(
                string.Join(";\n", upTo21.Select(m => m.Sql).Prepend(FirstSchemaMigrationsTable)) + ";\n" +
                string.Join(";\n", upTo21.Where(m => m.Version > 2).Select(m => $"INSERT INTO schema_migrations VALUES ({m.Version}, '2026-01-01T00:00:00Z')")),
                transaction: s.Transaction);
            foreach (var doc in new[] { anonymous, identified })
            {
                await s.Connection.ExecuteAsync(
                    "INSERT INTO dedupe_docs(complaint_id, channel, at, text, identity, group_root, shingles) VALUES (@Id, @Channel, @At, @Text, @identity, @Id, @shingles)",
                    new { doc.Id, doc.Channel, doc.At, doc.Text, identity = string.Join('\n', doc.Identity), shingles = doc.Shingles.ToBytes() }, s.Transaction);
                foreach (var key in CandidateFinder.LookupKeys(doc))
                    await s.Connection.ExecuteAsync("INSERT INTO dedupe_keys(key, at, complaint_id) VALUES (@key, @At, @Id)", new { key, doc.At, doc.Id }, s.Transaction);
            }
            await s.CommitAsync();
        }

        await old.Store.MigrateAsync();

        var index = new Common.SqlDedupeIndex();
        await using var session = await old.Store.BeginAsync();
        var sameText = Doc("new-1", [], anonymous.Text);
        Assert.Equal(["old-anonymous"], (await index.ReadForMatchAsync(session, "new-1", CandidateFinder.LookupKeys(sameText), 0, 10_000, 20, default)).Candidates.Select(d => d.Id));
        var samePhone = Assert.Single((await index.ReadForMatchAsync(session, "new-1", ["phone:13912345678"], 0, 10_000, 20, default)).Candidates);
        Assert.Equal((identified.Id, identified.Text, string.Join(",", identified.Identity)), (samePhone.Id, samePhone.Text, string.Join(",", samePhone.Identity)));
        Assert.Empty((await index.ReadForMatchAsync(session, "old-identified", ["phone:13912345678"], 0, 10_000, 20, default)).Candidates);
    }

    private static DedupeDoc Doc(string id, string[] identity, string text) =>
        new() { Id = id, Channel = "hotline12345", At = 1000, Text = MatchText.Normalize(null, text), Identity = identity, GroupRoot = id };
}
