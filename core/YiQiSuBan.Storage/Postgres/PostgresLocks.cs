namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// Advisory lock statements. Keys are (hub namespace, hash of the current schema), so hubs in different schemas of
/// one database do not block each other.
/// </summary>
internal static class PostgresLocks
{
    private const string SchemaKey = "hashtext(coalesce(current_schema(), ''))";

    /// <summary>Held by one node while it migrates; others wait, then find nothing left to do.</summary>
    public const string LockMigrations = $"SELECT pg_advisory_lock(1498501953, {SchemaKey})";

    public const string UnlockMigrations = $"SELECT pg_advisory_unlock(1498501953, {SchemaKey})";

    /// <summary>
    /// Taken by a write session before its first write and held until commit or rollback: writers run one after the
    /// other, so feed sequence numbers are handed out in commit order and a reader resuming after a seq never misses
    /// an event that commits later with a smaller one. Taken before any row lock, so it cannot deadlock with them.
    /// </summary>
    public const string LockWriter = $"SELECT pg_advisory_xact_lock(1498501954, {SchemaKey})";
}
