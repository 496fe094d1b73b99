using Dapper;
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
        Assert.Equal(HubJson.Serialize(stored.Snapshot), HubJson.Serialize(upgraded.Snapshot));
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
}
