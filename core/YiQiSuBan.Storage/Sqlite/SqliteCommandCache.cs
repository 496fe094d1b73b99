using Microsoft.Data.Sqlite;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// The write connection's hot statements, each a <see cref="SqliteCommand"/> made once and kept: SQLite keeps it
/// prepared, and its parameters (named @p0, @p1, … in the SQL) are reused with new values on every call.
/// </summary>
internal sealed class SqliteCommandCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

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
    }
}
