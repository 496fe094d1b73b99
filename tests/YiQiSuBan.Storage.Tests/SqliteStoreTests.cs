using Dapper;
using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Sqlite;
using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The store compliance tests on the embedded SQLite store.</summary>
public sealed class SqliteStoreTests : StoreCompliance
{
    protected override Task<ITempStore> CreateTempStoreAsync() => Task.FromResult<ITempStore>(new TempSqlite());

    /// <summary>SQLite is one process's store: parallel writers share it, and it queues their sessions.</summary>
    protected override IHubStore WriterNode() => Store;

    [Fact]
    public async Task Row_columns_keep_text_after_a_nul_character()
    {
        const string sourceId = "ZZ-\0-尾部";
        await using (var s = await Store.BeginAsync())
        {
            await s.SaveComplaintAsync(new StoredComplaint { Id = "c-nul", Snapshot = TestPayloads.Record(sourceId), Complaint = TestPayloads.Complaint("c-nul", sourceId), RawId = 1 });
            await s.CommitAsync();
        }

        await using var c = new SqliteConnection($"Data Source={((TempSqlite)Temp).Path_}");
        Assert.Equal(sourceId, await c.ExecuteScalarAsync<string>("SELECT source_id FROM complaints WHERE id = 'c-nul'"));
    }

    [Fact]
    public async Task The_write_connection_reads_the_file_memory_mapped_from_its_first_session()
    {
        // set when the connection opens, not left to whichever feature module reads first
        await using var s = await Store.BeginAsync();
        Assert.True(await s.Connection.ExecuteScalarAsync<long>("PRAGMA mmap_size", transaction: s.Transaction) > 0);
    }

    [Fact]
    public async Task The_log_is_copied_into_the_database_file_behind_the_writer()
    {
        // the writer never checkpoints here (its restart size is never reached): only the copy behind it can fill the file
        await using var temp = new OwnSqliteFile(int.MaxValue);
        await temp.Store.MigrateAsync();
        var before = new FileInfo(temp.Path).Length;
        await WriteSessionsAsync(temp.Store, 8); // ≈ 20 pages each

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (new FileInfo(temp.Path).Length < before + 100 * 4096 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(new FileInfo(temp.Path).Length >= before + 100 * 4096, $"the database file is still {new FileInfo(temp.Path).Length} bytes");
    }

    [Fact]
    public async Task The_log_starts_over_while_it_is_copied_behind_the_writer()
    {
        const int restartPages = 64, sessions = 100;
        await using var temp = new OwnSqliteFile(restartPages);
        await temp.Store.MigrateAsync();
        await WriteSessionsAsync(temp.Store, sessions);

        // the log file is as long as the log ever was: a log that starts over after 64 pages (plus the commits that came
        // while the last copy ran) is written again from its start; one that never started over holds every page written
        await using var c = new SqliteConnection($"Data Source={temp.Path}");
        var pagesWritten = await c.ExecuteScalarAsync<long>("PRAGMA page_count");
        var longestLog = (new FileInfo(temp.Path + "-wal").Length - 32) / (4096 + 24);
        Assert.True(pagesWritten > 20 * restartPages, $"the test writes too little: {pagesWritten} pages");
        Assert.InRange(longestLog, restartPages, pagesWritten / 2);
    }

    [Fact]
    public async Task When_the_copy_behind_cannot_run_the_writer_checkpoints_itself()
    {
        await using var temp = new OwnSqliteFile(64);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(temp.Path)!);
        await using var writer = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        await writer.OpenAsync();
        await writer.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; CREATE TABLE t(x TEXT)");
        using var checkpointer = new SqliteCheckpointer(_ => throw new IOException("no connection for the copy"), 64);
        var page = new string('x', 3000);
        for (var commit = 0; commit < 100; commit++)
        {
            await writer.ExecuteAsync("INSERT INTO t(x) SELECT @page FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)", new { page });
            checkpointer.AfterCommit(writer);
            await Task.Delay(2);
        }

        // 400 rows of a page each: a log nobody copied would hold them all
        var longestLog = (new FileInfo(temp.Path + "-wal").Length - 32) / (4096 + 24);
        Assert.InRange(longestLog, 1, 100);
    }

    /// <summary>Sessions of 20 complaints with long content (about a page each).</summary>
    private static async Task WriteSessionsAsync(IHubStore store, int sessions)
    {
        for (var s = 0; s < sessions; s++)
        {
            await using var session = await store.BeginAsync();
            for (var i = 0; i < 20; i++)
            {
                var id = $"c-{Guid.NewGuid():N}";
                var complaint = TestPayloads.Complaint(id, id) with { Content = string.Concat(Enumerable.Repeat("小区供暖不热，室温不足十六度。", 40)) };
                await session.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = TestPayloads.Record(id), Complaint = complaint, RawId = 1 });
            }
            await session.CommitAsync();
            await Task.Delay(2); // a writer with work between its commits, as in a replay, so the copy keeps up
        }
    }

    /// <summary>A SQLite store on a file of its own, with the log restart size a test needs.</summary>
    private sealed class OwnSqliteFile(int restartPages) : IAsyncDisposable
    {
        private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yiqisuban-test-" + Guid.NewGuid().ToString("N"));

        public string Path => System.IO.Path.Combine(_folder, "hub.db");

        private SqliteHubStore? _store;

        public SqliteHubStore Store => _store ??= new SqliteHubStore(Path, restartPages);

        public async ValueTask DisposeAsync()
        {
            if (_store is not null) await _store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}
