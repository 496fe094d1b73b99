using Dapper;
using Npgsql;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Values of a bigserial column's sequence taken ahead in growing blocks (4, 8, … 256), so inserts need not wait for
/// RETURNING. Values left unused when the session ends become gaps, which readers of the feed tolerate.
/// </summary>
internal sealed class PostgresIdBlock(string table, string column)
{
    private const int MaxBlock = 256;

    private readonly Queue<long> _free = new();
    private int _next = 4;

    /// <summary>The next value; takes a new block when none is left (after the batch <paramref name="pending"/> has in flight).</summary>
    public async Task<long> NextAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PostgresWriteBuffer pending)
    {
        if (_free.Count == 0)
        {
            await pending.DrainAsync();
            var values = await connection.QueryAsync<long>(
                "SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)", new { table, column, count = _next }, tx);
            foreach (var v in values.Order()) _free.Enqueue(v);
            _next = Math.Min(_next * 2, MaxBlock);
        }
        return _free.Dequeue();
    }
}
