using Npgsql;
using NpgsqlTypes;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Writes of one session that need no answer from the server (complaint upserts, history, feed and quarantine rows),
/// kept in order and sent as one batch: at commit, when many are waiting, or before anyone else uses the connection.
/// The hot rows (raw payloads, versions, complaints, feed) wait in <see cref="PostgresRowGroup"/>s and go as one statement
/// a table; any other statement first closes the groups, so it runs after them.
/// </summary>
/// <remarks>
/// A full buffer is sent without waiting for the server's answer (<see cref="SendAsync"/>): the session goes on
/// preparing the next writes while the server works on the last batch. At most one batch is in flight; anything else
/// that needs the connection waits for it first (<see cref="DrainAsync"/>), and its failure surfaces there.
/// </remarks>
internal sealed class PostgresWriteBuffer(NpgsqlConnection connection, NpgsqlTransaction tx)
{
    /// <summary>
    /// About a replay batch's writes (256 records × 4 statements): a batch of writes a round trip. Alternating 50k
    /// PostgreSQL replays: 4,980–5,432 records/s against 4,309–5,241 with 256, higher in each of four rounds (fewer waits for the batch in flight, less
    /// hub CPU); 2,048 was no better.
    /// </summary>
    private const int MaxPending = 1024;

    private readonly List<NpgsqlBatchCommand> _commands = [];
    private readonly List<PostgresRowGroup> _groups = [];
    private Task? _inFlight;

    private int Queued => _commands.Count + _groups.Sum(g => g.Count);

    public bool IsFull => Queued >= MaxPending;

    /// <summary>Nothing queued and nothing in flight.</summary>
    public bool IsIdle => Queued == 0 && _inFlight is null;

    /// <summary>
    /// Queues a row of a multi-row insert (<see cref="PostgresRowGroup"/>). Rows of the groups commute with each other (ids
    /// are taken ahead, nothing refers to them by constraint); any other statement sends them first, so it sees them.
    /// </summary>
    public void AddRow(PostgresRowGroup group, params object?[] row)
    {
        if (!_groups.Contains(group)) _groups.Add(group);
        group.Add(row);
    }

    /// <summary>Queues a statement with positional parameters ($1, $2, …).</summary>
    public void Add(string sql, params (object? Value, NpgsqlDbType Type)[] parameters)
    {
        CloseGroups();
        _commands.Add(Command(sql, parameters));
    }

    /// <summary>A statement with positional parameters ($1, $2, …) of the given types (null values as SQL NULL).</summary>
    public static NpgsqlBatchCommand Command(string sql, IEnumerable<(object? Value, NpgsqlDbType Type)> parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (value, type) in parameters)
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value, NpgsqlDbType = type });
        return command;
    }

    /// <summary>Queues a statement with positional parameters ($1, $2, …) whose types Npgsql infers from the values.</summary>
    public void Add(string sql, IReadOnlyList<object?> values)
    {
        CloseGroups();
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        _commands.Add(command);
    }

    /// <summary>Starts sending what is queued and returns without waiting for the answer (after the previous batch's).</summary>
    public async Task SendAsync(CancellationToken ct)
    {
        await DrainAsync();
        if (Queued == 0) return;
        _inFlight = ExecuteAsync(Batch(), ct);
    }

    /// <summary>Waits for the batch in flight, if any; throws what it failed with.</summary>
    public async Task DrainAsync()
    {
        if (_inFlight is not { } sending) return;
        _inFlight = null;
        await sending;
    }

    /// <summary>Sends everything queued and waits until the server has it.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        await SendAsync(ct);
        await DrainAsync();
    }

    /// <summary>
    /// Sends what is queued and <paramref name="reads"/> as one batch, one round trip: the reads see every write before
    /// them. <paramref name="read"/> gets the reader on the reads' first result (the writes return none).
    /// </summary>
    public async Task<T> ReadAfterAsync<T>(IReadOnlyList<NpgsqlBatchCommand> reads, Func<NpgsqlDataReader, Task<T>> read, CancellationToken ct)
    {
        await DrainAsync();
        await using var batch = Batch();
        foreach (var command in reads) batch.BatchCommands.Add(command);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        return await read(reader);
    }

    /// <summary>How many times <see cref="Flush"/> had something to wait for (a thread blocked on the server).</summary>
    public int SynchronousFlushes { get; private set; }

    /// <summary>For synchronous callers (a feature module asking for the connection).</summary>
    public void Flush()
    {
        if (IsIdle) return;
        SynchronousFlushes++;
        if (_inFlight is { } sending)
        {
            _inFlight = null;
            sending.GetAwaiter().GetResult();
        }
        if (Queued == 0) return;
        using var batch = Batch();
        batch.ExecuteNonQuery();
    }

    /// <summary>Turns the queued rows of each group into its one statement, in the order the groups were first used.</summary>
    private void CloseGroups()
    {
        foreach (var group in _groups) _commands.AddRange(group.Take());
        _groups.Clear();
    }

    private static async Task ExecuteAsync(NpgsqlBatch batch, CancellationToken ct)
    {
        await using (batch) await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The queued statements as one batch; the queue starts empty again.</summary>
    private NpgsqlBatch Batch()
    {
        CloseGroups();
        var batch = new NpgsqlBatch(connection, tx);
        foreach (var c in _commands) batch.BatchCommands.Add(c);
        _commands.Clear();
        return batch;
    }
}
