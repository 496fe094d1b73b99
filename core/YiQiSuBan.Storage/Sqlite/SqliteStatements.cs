using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>The SQLite session's prepared statements, for feature modules that take an <see cref="IHubSession"/>.</summary>
internal static class SqliteStatements
{
    public static SqliteCommandCache Of(IHubSession session) =>
        (session as SqliteHubSession)?.Commands ?? throw new ArgumentException("not a SQLite session", nameof(session));
}
