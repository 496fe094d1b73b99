using Npgsql;
using NpgsqlTypes;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Writes of one session that need no answer from the server (complaint upserts, history, feed and quarantine rows),
/// kept in order and sent as one batch: at commit, when many are waiting, or before anyone else uses the connection.
/// Complaints saved in the session are answered from here (sent or not), so reads in the session see its own writes
/// without a round trip and a deserialization; the buffer lives and dies with its transaction.
/// </summary>
internal sealed class PostgresWriteBuffer(NpgsqlConnection connection, NpgsqlTransaction tx)
{
    private const int MaxPending = 256;

    private readonly List<NpgsqlBatchCommand> _commands = [];
    private readonly Dictionary<string, StoredComplaint> _complaints = [];

    public bool IsFull => _commands.Count >= MaxPending;

    public StoredComplaint? Pending(string id) => _complaints.GetValueOrDefault(id);

    public void Remember(StoredComplaint complaint) => _complaints[complaint.Id] = complaint;

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
