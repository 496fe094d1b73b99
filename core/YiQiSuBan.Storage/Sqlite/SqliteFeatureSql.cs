using YiQiSuBan.Storage.Features;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>SQLite statements and migrations 40-49 of the delivery, status, supervision and access tables.</summary>
internal sealed class SqliteFeatureSql : FeatureSql
{
    public static readonly SqliteFeatureSql Instance = new();

    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (40, """
            CREATE TABLE outbox(
              id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, target TEXT NOT NULL, ordering_key TEXT NOT NULL,
              complaint_id TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
              created_ms INTEGER NOT NULL, next_ms INTEGER NOT NULL, delivered_ms INTEGER, last_error TEXT);
            CREATE INDEX ix_outbox_open ON outbox(ordering_key, id) WHERE status <> 'delivered';
            CREATE INDEX ix_outbox_due ON outbox(next_ms, id) WHERE status = 'pending';
            """),
        (41, """
            CREATE TABLE complaint_status(
              id INTEGER PRIMARY KEY AUTOINCREMENT, complaint_id TEXT NOT NULL, kind TEXT NOT NULL, at_ms INTEGER NOT NULL,
              at_text TEXT NOT NULL, handling_unit TEXT, reason TEXT, satisfaction TEXT, content TEXT, operator TEXT,
              received_ms INTEGER NOT NULL, applied INTEGER NOT NULL);
            CREATE INDEX ix_status_complaint ON complaint_status(complaint_id, at_ms);
            """),
        (42, """
            CREATE TABLE supervision_cards(
              id INTEGER PRIMARY KEY AUTOINCREMENT, complaint_id TEXT NOT NULL, unit TEXT, milestone TEXT NOT NULL, level TEXT NOT NULL,
              due_ms INTEGER NOT NULL, at_ms INTEGER NOT NULL, raised_ms INTEGER NOT NULL, seq INTEGER NOT NULL,
              UNIQUE(complaint_id, milestone, level));
            """),
        (43, """
            CREATE TABLE api_keys(
              id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, role TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,
              created_ms INTEGER NOT NULL, revoked_ms INTEGER);
            CREATE UNIQUE INDEX ux_api_keys_active ON api_keys(name) WHERE revoked_ms IS NULL;
            """),
        // a dispatcher leases the messages it sends (see the PostgreSQL migration 44)
        (44, "ALTER TABLE outbox ADD COLUMN lease_ms INTEGER;"),
    ];
}
