using YiQiSuBan.Storage.Connectors;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>Connector checkpoint, status and push-receipt SQL for SQLite (also valid PostgreSQL: both support ON CONFLICT).</summary>
internal sealed class SqliteConnectorSql : ConnectorSql
{
    private const string Columns =
        "connector AS Connector, position AS Position, position_at AS PositionAt, last_run_at AS LastRunAt, last_success_at AS LastSuccessAt, " +
        "last_error AS LastError, failures AS Failures, health AS Health, payloads AS Payloads, records AS Records, quarantined AS Quarantined";

    public override string SelectState => $"SELECT {Columns} FROM connector_state WHERE connector = @connector";

    public override string SelectAllStates => $"SELECT {Columns} FROM connector_state ORDER BY connector";

    public override string SaveCheckpoint => """
        INSERT INTO connector_state(connector, position, position_at, payloads, records, quarantined)
        VALUES (@connector, @position, @at, @payloads, @records, @quarantined)
        ON CONFLICT(connector) DO UPDATE SET position = excluded.position, position_at = excluded.position_at,
          payloads = connector_state.payloads + excluded.payloads, records = connector_state.records + excluded.records,
          quarantined = connector_state.quarantined + excluded.quarantined
        """;

    public override string RecordRun => """
        INSERT INTO connector_state(connector, last_run_at, last_success_at, last_error, failures, health)
        VALUES (@connector, @at, CASE WHEN @success = 1 THEN @at END, @error, @failures, @health)
        ON CONFLICT(connector) DO UPDATE SET last_run_at = excluded.last_run_at,
          last_success_at = COALESCE(excluded.last_success_at, connector_state.last_success_at),
          last_error = excluded.last_error, failures = excluded.failures, health = excluded.health
        """;

    public override string InsertReceipt =>
        "INSERT INTO push_receipts(channel, kind, key, seen_at) VALUES (@channel, @kind, @key, @at) ON CONFLICT DO NOTHING";

    public override string CountReceipt =>
        "SELECT COUNT(*) FROM push_receipts WHERE channel = @channel AND kind = @kind AND key = @key AND seen_at >= @since";

    public override string PruneReceipts => "DELETE FROM push_receipts WHERE channel = @channel AND kind = @kind AND seen_at < @before";
}
