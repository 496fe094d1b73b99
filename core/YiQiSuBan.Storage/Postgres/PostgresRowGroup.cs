using Npgsql;
using NpgsqlTypes;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Rows queued for one table that become a single <c>INSERT … SELECT * FROM unnest(…)</c>: one statement for a batch's
/// rows instead of one each (the server plans and starts one statement; the driver binds one parameter a column).
/// With a key column, a later row with the same key replaces the queued one (an upsert applies the last version once).
/// </summary>
internal sealed class PostgresRowGroup
{
    /// <summary>
    /// Below this many rows each goes as its own statement: building the arrays costs the hub more
    /// than the server saves (a dedupe match sends the queue before each of its reads, a few rows at a time).
    /// </summary>
    private const int MinRowsForArrays = 8;

    private readonly string _sql;
    private readonly string _singleSql;
    private readonly NpgsqlDbType[] _types;
    private readonly int? _key;
    private readonly List<object?[]> _rows = [];
    private readonly Dictionary<object, int> _byKey = [];

    /// <param name="insert">The statement up to the row source, e.g. <c>INSERT INTO feed(seq, type)</c>.</param>
    /// <param name="types">Each column's type, in the statement's order (json goes as its UTF-8 bytes, in arrays too).</param>
    /// <param name="conflict">What follows the row source, e.g. an ON CONFLICT clause.</param>
    /// <param name="key">The column whose value identifies a row for replacement, if any.</param>
    public PostgresRowGroup(string insert, NpgsqlDbType[] types, string conflict = "", int? key = null)
    {
        _types = types;
        _key = key;
        var arrays = string.Join(", ", types.Select((t, i) => $"${i + 1}::{SqlType(t)}[]"));
        _sql = $"{insert} SELECT * FROM unnest({arrays}) {conflict}";
        _singleSql = $"{insert} VALUES ({string.Join(", ", types.Select((_, i) => $"${i + 1}"))}) {conflict}";
    }

    public int Count => _rows.Count;

    /// <summary>Queues one row (values in column order; json as its UTF-8 bytes, <see cref="PostgresJson"/>).</summary>
    public void Add(params object?[] row)
    {
        if (_key is { } k && row[k] is { } key)
        {
            if (_byKey.TryGetValue(key, out var at))
            {
                _rows[at] = row;
                return;
            }
            _byKey[key] = _rows.Count;
        }
        _rows.Add(row);
    }

    /// <summary>The queued rows as statements (one for many rows, one each for a few); the group starts empty again.</summary>
    public IEnumerable<NpgsqlBatchCommand> Take()
    {
        var commands = _rows.Count >= MinRowsForArrays ? [Arrays()] : _rows.Select(Single).ToList();
        _rows.Clear();
        _byKey.Clear();
        return commands;
    }

    private NpgsqlBatchCommand Arrays() => PostgresWriteBuffer.Command(_sql, _types.Select((t, c) => ((object?)Column(c), NpgsqlDbType.Array | t)));

    private NpgsqlBatchCommand Single(object?[] row) => PostgresWriteBuffer.Command(_singleSql, _types.Select((t, c) => (row[c], t)));

    private Array Column(int c) => _types[c] switch
    {
        NpgsqlDbType.Bigint => _rows.Select(r => r[c] is null ? (long?)null : Convert.ToInt64(r[c])).ToArray(),
        NpgsqlDbType.Integer => _rows.Select(r => r[c] is null ? (int?)null : Convert.ToInt32(r[c])).ToArray(),
        NpgsqlDbType.TimestampTz => _rows.Select(r => (DateTime)r[c]!).ToArray(),
        NpgsqlDbType.Bytea or NpgsqlDbType.Json => _rows.Select(r => (byte[]?)r[c]).ToArray(), // json: the UTF-8 PostgresJson wrote
        _ => _rows.Select(r => (string?)r[c]).ToArray(),
    };

    private static string SqlType(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => "bigint",
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Bytea => "bytea",
        NpgsqlDbType.Json => "json",
        _ => "text",
    };
}
