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
}
