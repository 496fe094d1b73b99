using Microsoft.Data.Sqlite;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// The write connection's hot statements, each a <see cref="SqliteCommand"/> made once and kept: SQLite keeps it
/// prepared, and its parameters (named @p0, @p1, … in the SQL) are reused with new values on every call. The ingest
/// writes themselves are <see cref="SqliteRawStatement"/>s (positional ?1, ?2, …).
/// </summary>
internal sealed class SqliteCommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SqliteRawStatement> _statements = new(StringComparer.Ordinal);

    /// <summary>The hottest statements (the ingest writes), bound through SQLite's own API (<see cref="SqliteRawStatement"/>).</summary>
    public SqliteRawStatement Statement(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new SqliteRawStatement(connection, sql);
        return statement;
    }

    /// <summary>The command for <paramref name="sql"/> in <paramref name="tx"/>, with @p0… set to <paramref name="values"/>.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction tx, params ReadOnlySpan<object?> values)
    {
        var command = Prepared(sql, tx, values.Length);
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    /// <summary>The command for <paramref name="sql"/> in <paramref name="tx"/>, with @p0… set to <paramref name="values"/>.</summary>
    public SqliteCommand Get(string sql, SqliteTransaction tx, IReadOnlyList<object?> values)
    {
        var command = Prepared(sql, tx, values.Count);
        for (var i = 0; i < values.Count; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }

    private SqliteCommand Prepared(string sql, SqliteTransaction tx, int parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter("@p" + i, null));
            _commands[sql] = command;
        }
        command.Transaction = tx;
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
    }
}
