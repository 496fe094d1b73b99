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
