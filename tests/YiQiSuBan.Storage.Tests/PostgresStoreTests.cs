using YiQiSuBan.Core.Json;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The store compliance tests on PostgreSQL (a fresh schema per test), plus what only several nodes can show.</summary>
public sealed class PostgresStoreTests : StoreCompliance
{
    protected override async Task<ITempStore> CreateTempStoreAsync() => await TempPostgres.CreateSchemaAsync();

    protected override char NulReadsBackAs => '\uFFFD';

    [Fact]
    public async Task The_sessions_sql_for_feature_modules_sends_queued_writes_without_leaving_them_to_the_synchronous_connection_getter()
    {
        await using var s = await Store.BeginAsync();
        var session = Assert.IsType<Postgres.PostgresHubSession>(s);
        await s.AppendFeedAsync(TestPayloads.Event("c-1", 1));
        Assert.True(session.HasUnsentWrites);

        Assert.Equal(1, await s.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed"));
        Assert.False(session.HasUnsentWrites);

        await s.AppendFeedAsync(TestPayloads.Event("c-2", 2));
        await s.FlushAsync();
        Assert.False(session.HasUnsentWrites);
        Assert.Equal(0, session.SynchronousFlushes);

        await s.AppendFeedAsync(TestPayloads.Event("c-3", 3));
        _ = s.Connection; // what the getter still does for synchronous callers
        Assert.Equal(1, session.SynchronousFlushes);
        await s.CommitAsync();
    }

    [Fact]
    public async Task The_read_ahead_takes_the_history_and_feed_ids_of_its_records_in_the_same_round_trip()
    {
        var ids = Enumerable.Range(0, 40).Select(i => $"c-{i:D2}").ToList();
        var seqs = new List<long>();
        await using (var s = await Store.BeginAsync())
        {
            var session = Assert.IsType<Postgres.PostgresHubSession>(s);
            var raw = await s.AddRawAsync(TestPayloads.Bytes("ids"u8.ToArray()));
            await s.PrefetchAsync([], ids.Take(30).ToList());
            foreach (var id in ids.Take(30)) seqs.Add(await SaveWithEventAsync(s, id, raw.Id));
            Assert.Equal(0, session.IdRoundTrips);

            foreach (var id in ids.Skip(30)) seqs.Add(await SaveWithEventAsync(s, id, raw.Id)); // not read ahead: ids of their own
            Assert.True(session.IdRoundTrips > 0);
            await s.CommitAsync();
        }

        Assert.Equal(seqs.Order(), seqs);
        var feed = await TestPayloads.ReadAllAsync(Store);
        Assert.Equal(ids, feed.Select(e => e.ComplaintId));
        Assert.Equal(seqs, feed.Select(e => e.Seq));
        foreach (var (id, e) in ids.Zip(feed)) Assert.Equal(id, e.Complaint!.Id); // each event points at its own version
    }

    private static async Task<long> SaveWithEventAsync(Core.Storage.IHubSession s, string id, long rawId)
    {
        var complaint = TestPayloads.Complaint(id, "S-" + id);
        await s.SaveComplaintAsync(new Core.Storage.StoredComplaint { Id = id, Snapshot = TestPayloads.Record("S-" + id), Complaint = complaint, RawId = rawId });
        return await s.AppendFeedAsync(TestPayloads.Event(id, 1) with { Complaint = complaint });
    }

    [Fact]
    public async Task Versions_and_raw_payloads_up_to_a_page_stay_in_their_rows_and_larger_ones_go_to_toast()
    {
        var content = Scattered(900); // ≈ 2.7 KB of UTF-8
        await using var s = await Store.BeginAsync();
        var raw = await s.AddRawAsync(TestPayloads.Bytes(System.Text.Encoding.UTF8.GetBytes(content), "row.json"));
        await s.SaveComplaintAsync(new Core.Storage.StoredComplaint
        {
            Id = "c-row", Snapshot = TestPayloads.Record("S-row"), Complaint = TestPayloads.Complaint("c-row", "S-row") with { Content = content }, RawId = raw.Id,
        });
        await s.FlushAsync();
        Assert.Equal(0, await ToastBytesAsync(s, "complaint_history"));
        Assert.Equal(0, await ToastBytesAsync(s, "raw_payloads"));

        var large = TestPayloads.Complaint("c-large", "S-large") with { Content = Scattered(4000) }; // ≈ 12 KB
        await s.SaveComplaintAsync(new Core.Storage.StoredComplaint { Id = "c-large", Snapshot = TestPayloads.Record("S-large"), Complaint = large, RawId = raw.Id });
        await s.FlushAsync();
        Assert.True(await ToastBytesAsync(s, "complaint_history") > 0);
        // read from the table, not the session (which answers its own saves from memory)
        Assert.Equal(HubJson.Serialize(large), await s.ExecuteScalarAsync<string>(
            "SELECT h.complaint::text FROM complaint_history h JOIN complaints c ON h.id = c.version_id WHERE c.id = 'c-large'"));
    }

    /// <summary>Chinese text that compresses poorly (so only the storage setting can keep it in its row).</summary>
    private static string Scattered(int length) => new(Enumerable.Range(0, length).Select(i => (char)(0x4E00 + i * 7919 % 20000)).ToArray());

    private static Task<long> ToastBytesAsync(Core.Storage.IHubSession s, string table) =>
        s.ExecuteScalarAsync<long>($"SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE oid = '{table}'::regclass");

    [Fact]
    public async Task Nodes_starting_together_migrate_once()
    {
        await using var fresh = await TempPostgres.CreateSchemaAsync();
        var nodes = Enumerable.Range(0, 4).Select(_ => fresh.OpenNode()).ToList();

        await Task.WhenAll(nodes.Select(n => Task.Run(() => n.MigrateAsync())));

        await using var s = await nodes[3].BeginAsync();
        Assert.True(await s.AppendFeedAsync(TestPayloads.Event("c-1", 1)) > 0);
        await s.CommitAsync();
    }
}
