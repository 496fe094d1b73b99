using YiQiSuBan.TestKit.Audit;
using Dapper;
using Npgsql;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Postgres;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>A PostgreSQL store in a fresh schema of the test database (YQSB_TEST_POSTGRES), dropped afterwards.</summary>
public sealed class PostgresAuditTestStore : IAuditTestStore
{
    public const string DefaultConnection = "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=yiqisuban_test";
    private readonly string _admin;
    private readonly string _schema = "audit_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresAuditTestStore(string admin)
    {
        _admin = admin;
        Store = new PostgresHubStore(new NpgsqlConnectionStringBuilder(admin) { SearchPath = _schema }.ToString());
    }

    public IHubStore Store { get; }
    public string DisableAppendOnly => "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change";
    public string EditComplaintContent => "UPDATE complaint_history SET complaint = jsonb_set(complaint::jsonb, '{content}', '\"tampered\"')::json WHERE id = (SELECT version_id FROM complaints WHERE id = @id)";

    public static async Task<IAuditTestStore> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("YQSB_TEST_POSTGRES") is { Length: > 0 } env ? env : DefaultConnection;
        var store = new PostgresAuditTestStore(admin);
        await using (var c = new NpgsqlConnection(admin))
            await c.ExecuteAsync($"CREATE SCHEMA {store._schema}");
        await store.Store.MigrateAsync();
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await using var c = new NpgsqlConnection(_admin);
        await c.ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }
}
