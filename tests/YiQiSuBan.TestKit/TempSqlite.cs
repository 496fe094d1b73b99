using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Sqlite;

namespace YiQiSuBan.TestKit;

/// <summary>A real SQLite store in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempSqlite : ITempStore
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yiqisuban-test-" + Guid.NewGuid().ToString("N"));
    private readonly List<IHubStore> _nodes = [];

    public TempSqlite() => Store = new SqliteHubStore(Path_);

    public IHubStore Store { get; }

    public string Path_ => System.IO.Path.Combine(_folder, "hub.db");

    public IHubStore OpenNode()
    {
        var node = new SqliteHubStore(Path_);
        _nodes.Add(node);
        return node;
    }

    public static async Task<TempSqlite> CreateAsync()
    {
        var t = new TempSqlite();
        await t.Store.MigrateAsync();
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
