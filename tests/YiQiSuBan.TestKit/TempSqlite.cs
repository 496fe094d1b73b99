using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Sqlite;

namespace YiQiSuBan.TestKit;

/// <summary>A real SQLite store in a fresh temporary folder, removed afterwards.</summary>
public sealed class TempSqlite : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yiqisuban-test-" + Guid.NewGuid().ToString("N"));

    public TempSqlite() => Store = new SqliteHubStore(Path.Combine(_folder, "hub.db"));

    public IHubStore Store { get; }

    public string Path_ => System.IO.Path.Combine(_folder, "hub.db");

    public static async Task<TempSqlite> CreateAsync()
    {
        var t = new TempSqlite();
        await t.Store.MigrateAsync();
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
