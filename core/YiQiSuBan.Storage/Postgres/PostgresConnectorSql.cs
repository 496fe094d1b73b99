using YiQiSuBan.Storage.Connectors;
using YiQiSuBan.Storage.Sqlite;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Connector SQL for PostgreSQL. The tables keep ISO-8601 UTC text times (ordered as text), so the statements
/// are those of SQLite; the success flag is an integer in both.
/// </summary>
internal sealed class PostgresConnectorSql : ConnectorSql
{
    private readonly SqliteConnectorSql _common = new();

    public override string SelectState => _common.SelectState;
    public override string SelectAllStates => _common.SelectAllStates;
    public override string SaveCheckpoint => _common.SaveCheckpoint;
    public override string RecordRun => _common.RecordRun;
    public override string InsertReceipt => _common.InsertReceipt;
    public override string CountReceipt => _common.CountReceipt;
    public override string PruneReceipts => _common.PruneReceipts;

    /// <summary>The Postgres migration 50 (add it to the Postgres schema list).</summary>
    public const string Migration50 = """
        CREATE TABLE IF NOT EXISTS connector_state(
          connector TEXT PRIMARY KEY, position TEXT, position_at TEXT, last_run_at TEXT, last_success_at TEXT,
          last_error TEXT, failures BIGINT NOT NULL DEFAULT 0, health TEXT NOT NULL DEFAULT 'healthy',
          payloads BIGINT NOT NULL DEFAULT 0, records BIGINT NOT NULL DEFAULT 0, quarantined BIGINT NOT NULL DEFAULT 0);
        CREATE TABLE IF NOT EXISTS push_receipts(
          channel TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL,
          PRIMARY KEY(channel, kind, key));
        CREATE INDEX IF NOT EXISTS ix_push_receipts_seen ON push_receipts(seen_at);
        """;
}
