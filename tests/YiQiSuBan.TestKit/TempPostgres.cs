using Npgsql;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Postgres;

namespace YiQiSuBan.TestKit;

/// <summary>
/// A real PostgreSQL store in a fresh schema of the test database (env YQSB_TEST_POSTGRES), dropped afterwards,
/// so tests never see each other's rows.
/// </summary>
public sealed class TempPostgres : ITempStore
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=yiqisuban_test";

    private readonly List<IHubStore> _stores = [];

    private TempPostgres(string schema)
    {
        Schema = schema;
        ConnectionString = new NpgsqlConnectionStringBuilder(BaseConnection) { SearchPath = schema }.ToString();
    }

    public static string BaseConnection => Environment.GetEnvironmentVariable("YQSB_TEST_POSTGRES") is { Length: > 0 } c ? c : DefaultConnection;

    public string Schema { get; }

    /// <summary>Connection string whose search path is this store's schema.</summary>
    public string ConnectionString { get; }

    /// <summary>The first store on the schema (not migrated by <see cref="CreateSchemaAsync"/>).</summary>
    public IHubStore Store => _stores[0];

    /// <summary>Another store on the same schema, as a second hub node would open it.</summary>
    public IHubStore OpenNode()
    {
        var store = new PostgresHubStore(ConnectionString);
        _stores.Add(store);
        return store;
    }

    /// <summary>A fresh, empty schema with one store on it (not migrated).</summary>
    public static async Task<TempPostgres> CreateSchemaAsync()
    {
        var t = new TempPostgres("t_" + Guid.NewGuid().ToString("N")[..20]);
        await using (var c = new NpgsqlConnection(BaseConnection))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE SCHEMA {t.Schema}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        t.OpenNode();
        return t;
    }

    /// <summary>A fresh schema with a migrated store.</summary>
    public static async Task<TempPostgres> CreateAsync()
    {
        var t = await CreateSchemaAsync();
        await t.Store.MigrateAsync();
        return t;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        await using var c = new NpgsqlConnection(BaseConnection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {Schema} CASCADE", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
