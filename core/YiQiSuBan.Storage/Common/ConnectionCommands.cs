using System.Data.Common;
using System.Runtime.CompilerServices;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// Read statements of a feature module kept per connection as commands made once: the driver keeps each prepared
/// (SQLite re-runs the compiled statement), and only the parameter values (named @p0, @p1, … in the SQL) change
/// between calls. A connection is used by one caller at a time, so its commands are too.
/// </summary>
internal static class ConnectionCommands
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Cache = [];

    /// <summary>
    /// The command for <paramref name="sql"/> on the session's connection and transaction, with @p0… set to
    /// <paramref name="values"/>, after the session's queued writes have gone out.
    /// </summary>
    public static async ValueTask<DbCommand> GetAsync(IHubSession session, string sql, IReadOnlyList<object?> values, CancellationToken ct)
    {
        await session.FlushAsync(ct);
        var connection = session.Connection;
        if (!Cache.TryGetValue(connection, out var commands))
        {
            commands = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
            Cache.AddOrUpdate(connection, commands);
        }
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < values.Count; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = "@p" + i;
                command.Parameters.Add(p);
            }
            command.Transaction = session.Transaction;
            if (session.Dialect == "sqlite") command.Prepare(); // compiled once: a reader stopped early would otherwise leave it to compile again
            commands[sql] = command;
        }
        command.Transaction = session.Transaction;
        for (var i = 0; i < values.Count; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command;
    }
}
