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

    /// <summary>The command for <paramref name="sql"/> on the session's connection and transaction, with @p0… set to <paramref name="values"/>.</summary>
    /// <summary>
    /// SQLite: the index reads many small rows at random places of a large file; memory-mapped, a page the operating
    /// system already holds costs no read call (4 GiB of address space, not of memory).
    /// </summary>
    private const string SqliteReadSettings = "PRAGMA mmap_size = 4294967296";

    private static void Configure(DbConnection connection, DbTransaction transaction)
    {
        using var pragma = connection.CreateCommand();
        pragma.Transaction = transaction;
        pragma.CommandText = SqliteReadSettings;
        pragma.ExecuteNonQuery();
    }

    public static DbCommand Get(IHubSession session, string sql, IReadOnlyList<object?> values)
    {
        var connection = session.Connection;
        if (!Cache.TryGetValue(connection, out var commands))
        {
            commands = new Dictionary<string, DbCommand>(StringComparer.Ordinal);
            Cache.AddOrUpdate(connection, commands);
            if (session.Dialect == "sqlite") Configure(connection, session.Transaction);
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
