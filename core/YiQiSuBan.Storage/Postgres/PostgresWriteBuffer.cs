using Npgsql;
using NpgsqlTypes;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Writes of one session that need no answer from the server (complaint upserts, history, feed and quarantine rows),
/// kept in order and sent as one batch: at commit, when many are waiting, or before anyone else uses the connection.
/// </summary>
internal sealed class PostgresWriteBuffer(NpgsqlConnection connection, NpgsqlTransaction tx)
{
    private const int MaxPending = 256;

    private readonly List<NpgsqlBatchCommand> _commands = [];

    public bool IsFull => _commands.Count >= MaxPending;

    /// <summary>Queues a statement with positional parameters ($1, $2, …).</summary>
    public void Add(string sql, params (object? Value, NpgsqlDbType Type)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (value, type) in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        _commands.Add(command);
    }

    /// <summary>Queues a statement with positional parameters ($1, $2, …) whose types Npgsql infers from the values.</summary>
    public void Add(string sql, IReadOnlyList<object?> values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        _commands.Add(command);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_commands.Count == 0) return;
        await using var batch = Batch();
        await batch.ExecuteNonQueryAsync(ct);
        Clear();
    }

    /// <summary>For synchronous callers (a feature module asking for the connection).</summary>
    public void Flush()
    {
        if (_commands.Count == 0) return;
        using var batch = Batch();
        batch.ExecuteNonQuery();
        Clear();
    }

    private NpgsqlBatch Batch()
    {
        var batch = new NpgsqlBatch(connection, tx);
        foreach (var c in _commands) batch.BatchCommands.Add(c);
        return batch;
    }

    private void Clear()
    {
        _commands.Clear();
    }
}
