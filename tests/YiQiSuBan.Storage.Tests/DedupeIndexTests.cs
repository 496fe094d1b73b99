using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The dedupe index's candidate lookup on both stores: window, own id, per-key cap, long key and id lists.</summary>
public sealed class DedupeIndexTests
{
    private readonly SqlDedupeIndex _index = new();

    private static async Task<ITempStore> StoreAsync(string dialect)
    {
        ITempStore temp = dialect == "postgres" ? await TempPostgres.CreateSchemaAsync() : new TempSqlite();
        await temp.Store.MigrateAsync();
        return temp;
    }

    private static DedupeDoc Doc(string id, long at) => new() { Id = id, Channel = "hotline12345", At = at, Text = "噪音扰民" + id, Identity = [], GroupRoot = id };

    private async Task AddAsync(IHubStore store, params (string Id, long At, string[] Keys)[] docs)
    {
        await using var session = await store.BeginAsync();
        foreach (var (id, at, keys) in docs) await _index.UpsertDocAsync(session, Doc(id, at), keys, null, default);
        await session.CommitAsync();
    }

    private async Task<IReadOnlyList<string>> FindAsync(IHubStore store, string[] keys, long from, long to, string except, int maxPerKey)
    {
        await using var session = await store.BeginAsync();
        return (await _index.ReadForMatchAsync(session, except, keys, from, to, maxPerKey, default)).Candidates.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_common_key_brings_only_its_latest_filings_within_the_window(string dialect)
    {
        await using var temp = await StoreAsync(dialect);
        await AddAsync(temp.Store, Enumerable.Range(1, 6).Select(i => ($"d{i}", (long)i * 100, new[] { "phone:1", $"lsh:00:{i}" })).ToArray());

        Assert.Equal(["d4", "d5"], await FindAsync(temp.Store, ["phone:1"], 0, 500, "d9", 2));
        Assert.Equal(["d3", "d5"], await FindAsync(temp.Store, ["phone:1"], 0, 500, "d4", 2));
        Assert.Equal(["d1", "d2", "d3"], await FindAsync(temp.Store, ["phone:1"], 0, 350, "d9", 10));
        // a rare key still brings its document beside the capped common one
        Assert.Equal(["d1", "d4", "d5"], await FindAsync(temp.Store, ["phone:1", "lsh:00:1"], 0, 500, "d9", 2));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Many_keys_and_ids_are_looked_up_together(string dialect)
    {
        await using var temp = await StoreAsync(dialect);
        var docs = Enumerable.Range(1, 37).Select(i => ($"d{i:D2}", (long)i, new[] { $"lsh:{i:D2}:x" })).ToArray();
        await AddAsync(temp.Store, docs);

        var keys = docs.Select(d => d.Item3[0]).Append("lsh:99:none").ToArray();
        var found = await FindAsync(temp.Store, keys, 0, 100, "d01", 5);
        Assert.Equal(docs.Skip(1).Select(d => d.Item1), found);

        await using var session = await temp.Store.BeginAsync();
        var read = await _index.GetDocsAsync(session, found.Take(19).ToList(), default);
        Assert.Equal(found.Take(19), read.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal("噪音扰民d02", read.Single(d => d.Id == "d02").Text);
    }

    [Fact]
    public async Task SQLite_runs_the_key_scan_without_compiling_it_again_for_new_values()
    {
        // this SQLite build plans a range over an indexed column from the bound values (STAT4) unless plans are kept
        // stable: every scan would be parsed and planned again, tens of times a complaint
        await using var temp = await StoreAsync("sqlite");
        await AddAsync(temp.Store, ("d1", 100, ["phone:1", "lsh:00:a"]), ("d2", 200, ["phone:1", "lsh:00:b"]));
        await using var session = await temp.Store.BeginAsync();
        for (var at = 100; at <= 300; at += 50)
            Assert.NotEmpty((await _index.ReadForMatchAsync(session, "d9", ["phone:1", "lsh:00:a", "lsh:00:b"], at - 100, at + 100, 5, default)).Candidates);

        Assert.Equal(0, Sqlite.SqliteStatements.Of(session).Statement(Sqlite.SqliteDedupeDocs.Scan).Recompiled);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_match_reads_the_stored_document_its_corrections_and_the_candidates_together(string dialect)
    {
        await using var temp = await StoreAsync(dialect);
        await AddAsync(temp.Store, ("d1", 100, ["phone:1"]), ("d2", 200, ["phone:1"]), ("d3", 300, ["lsh:00:x"]), ("far", 9000, ["phone:1"]));
        await using (var session = await temp.Store.BeginAsync())
        {
            await _index.SetOverrideAsync(session, "d3", "d2", LinkKind.Split, DateTimeOffset.UnixEpoch, default);
            await _index.SetOverrideAsync(session, "d1", "d2", LinkKind.Join, DateTimeOffset.UnixEpoch, default);
            await session.CommitAsync();
        }

        await using var read = await temp.Store.BeginAsync();
        var reading = await _index.ReadForMatchAsync(read, "d2", ["phone:1", "lsh:00:x"], 0, 1000, 10, default);

        Assert.Equal(("d2", 200L), (reading.Stored!.Id, reading.Stored.At));
        Assert.Equal([("d1", LinkKind.Join), ("d3", LinkKind.Split)], reading.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value)));
        Assert.Equal(["d1", "d3"], reading.Candidates.Select(d => d.Id).Order(StringComparer.Ordinal));

        var fresh = await _index.ReadForMatchAsync(read, "new", ["phone:1"], 0, 1000, 10, default);
        Assert.Null(fresh.Stored);
        Assert.Empty(fresh.Overrides);
        Assert.Equal(["d1", "d2"], fresh.Candidates.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_match_sees_the_documents_written_earlier_in_its_own_session(string dialect)
    {
        // on PostgreSQL the writes are still queued when the next match reads: they go in the same round trip, first
        await using var temp = await StoreAsync(dialect);
        await using var session = await temp.Store.BeginAsync();
        await _index.UpsertDocAsync(session, Doc("d1", 100), ["phone:1", "lsh:00:a"], null, default);
        await _index.UpsertDocAsync(session, Doc("d2", 200), ["phone:1"], null, default);

        var reading = await _index.ReadForMatchAsync(session, "d2", ["phone:1"], 0, 1000, 10, default);
        Assert.Equal("d2", reading.Stored?.Id);
        Assert.Equal(["d1"], reading.Candidates.Select(d => d.Id));

        await _index.UpsertDocAsync(session, Doc("d3", 300), ["lsh:00:a"], null, default);
        Assert.Equal(["d1", "d3"], (await _index.ReadForMatchAsync(session, "d9", ["lsh:00:a"], 0, 1000, 10, default)).Candidates.Select(d => d.Id).Order(StringComparer.Ordinal));
        await session.CommitAsync();
    }
}
