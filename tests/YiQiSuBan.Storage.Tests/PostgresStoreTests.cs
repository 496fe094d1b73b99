using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The store compliance tests on PostgreSQL (a fresh schema per test), plus what only several nodes can show.</summary>
public sealed class PostgresStoreTests : StoreCompliance
{
    protected override async Task<ITempStore> CreateTempStoreAsync() => await TempPostgres.CreateSchemaAsync();

    protected override char NulReadsBackAs => '\uFFFD';

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
