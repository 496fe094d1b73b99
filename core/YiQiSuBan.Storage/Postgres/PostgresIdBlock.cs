using Dapper;
using Npgsql;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Values of a bigserial column's sequence taken ahead, so inserts need not wait for RETURNING: topped up for a whole
/// batch in the session's read-ahead round trip (<see cref="Shortfall"/>, <see cref="Add"/>), else in growing blocks (4,
/// 8, … 256) when one runs out. Values left unused when the session ends become gaps, which readers of the feed tolerate.
/// </summary>
internal sealed class PostgresIdBlock(string table, string column)
{
    private const int MaxBlock = 256;

    private readonly Queue<long> _free = new();
    private int _next = 4;

    /// <summary>SQL giving <paramref name="count"/> (an SQL expression) new values of the column's sequence; the sequence is looked up once, not per value.</summary>
    public static string Values(string table, string column, string count) =>
        $"SELECT nextval(s.seq) FROM (SELECT pg_get_serial_sequence('{table}', '{column}')::regclass AS seq OFFSET 0) s, generate_series(1, {count})";

    /// <summary><see cref="Values"/> for this block's column.</summary>
    public string ValuesSql(string count) => Values(table, column, count);

    /// <summary>How many values to take so that <paramref name="wanted"/> are at hand.</summary>
    public int Shortfall(int wanted) => Math.Max(0, wanted - _free.Count);

    /// <summary>Keeps values taken from the sequence (by <see cref="ValuesSql"/>) for the next inserts, in order.</summary>
    public void Add(IEnumerable<long> values)
    {
        foreach (var v in values.Order()) _free.Enqueue(v);
    }

    /// <summary>How many times <see cref="NextAsync"/> ran out and waited for a block of its own.</summary>
    public int OwnRoundTrips { get; private set; }

    /// <summary>The next value; takes a new block when none is left (after the batch <paramref name="pending"/> has in flight).</summary>
    public async Task<long> NextAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PostgresWriteBuffer pending)
    {
        if (_free.Count == 0)
        {
            OwnRoundTrips++;
            await pending.DrainAsync();
            Add(await connection.QueryAsync<long>(ValuesSql("@count"), new { count = _next }, tx));
            _next = Math.Min(_next * 2, MaxBlock);
        }
        return _free.Dequeue();
    }
}
