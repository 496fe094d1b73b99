using Dapper;
using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Storage;
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
}
