namespace YiQiSuBan.Storage.Connectors;

/// <summary>
/// The SQL the connectors run on the store (checkpoint and run status in <c>connector_state</c>, push
/// receipts for replay protection in <c>push_receipts</c>), in the store's dialect. Times are ISO-8601 text.
/// </summary>
public abstract class ConnectorSql
{
    /// <summary>The SQL for a session's <c>Dialect</c> (sqlite or postgres).</summary>
    public static ConnectorSql For(string dialect) => dialect switch
    {
        "sqlite" => new Sqlite.SqliteConnectorSql(),
        "postgres" => new Postgres.PostgresConnectorSql(),
        _ => throw new NotSupportedException($"no connector SQL for store dialect '{dialect}'"),
    };

    /// <summary>Columns of connector_state as <c>ConnectorStateRow</c> reads them; @connector.</summary>
    public abstract string SelectState { get; }

    /// <summary>All rows of connector_state.</summary>
    public abstract string SelectAllStates { get; }

    /// <summary>Saves position and adds counts; @connector, @position, @at, @payloads, @records, @quarantined.</summary>
    public abstract string SaveCheckpoint { get; }

    /// <summary>Records the end of a run; @connector, @at, @error, @failures, @health, @success.</summary>
    public abstract string RecordRun { get; }

    /// <summary>Inserts a receipt unless present; @channel, @kind, @key, @at. Affects 1 row when new.</summary>
    public abstract string InsertReceipt { get; }

    /// <summary>Counts receipts; @channel, @kind, @key, @since.</summary>
    public abstract string CountReceipt { get; }

    /// <summary>Deletes receipts of a kind older than @before; @channel, @kind.</summary>
    public abstract string PruneReceipts { get; }
}
