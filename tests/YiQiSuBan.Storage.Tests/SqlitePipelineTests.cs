using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The pipeline guarantees on the embedded SQLite store.</summary>
public sealed class SqlitePipelineTests : PipelineCompliance
{
    protected override Task<ITempStore> CreateTempStoreAsync() => Task.FromResult<ITempStore>(new TempSqlite());
}
