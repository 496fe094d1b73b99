using YiQiSuBan.Storage.Tests.Compliance;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests;

/// <summary>The pipeline guarantees on PostgreSQL (a fresh schema per test).</summary>
public sealed class PostgresPipelineTests : PipelineCompliance
{
    protected override async Task<ITempStore> CreateTempStoreAsync() => await TempPostgres.CreateSchemaAsync();
}
