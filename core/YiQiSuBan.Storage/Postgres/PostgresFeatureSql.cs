using YiQiSuBan.Storage.Features;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>PostgreSQL statements and migrations 40-49 of the delivery, status, supervision and access tables.</summary>
internal sealed class PostgresFeatureSql : FeatureSql
{
    public static readonly PostgresFeatureSql Instance = new();

    /// <summary>Typed nulls: PostgreSQL cannot infer the type of an untyped "@p IS NULL" parameter.</summary>
    public override string OutboxList => $"SELECT {OutboxColumns} FROM outbox WHERE (CAST(@status AS text) IS NULL OR status = @status) ORDER BY id DESC LIMIT @limit";
    public override string OutboxRedrive => "UPDATE outbox SET status = 'pending', attempts = 0, next_ms = @now, created_ms = @now, lease_ms = NULL WHERE status = 'parked' AND (CAST(@id AS bigint) IS NULL OR id = @id)";

    /// <summary>Several nodes dispatch from one database: each takes rows no other claim holds, skipping locked ones.</summary>
    protected override string ClaimLock => " FOR UPDATE SKIP LOCKED";

    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (40, """
            CREATE TABLE IF NOT EXISTS outbox(
              id bigserial PRIMARY KEY, event_id text NOT NULL, target text NOT NULL, ordering_key text NOT NULL,
              complaint_id text NOT NULL, body text NOT NULL, status text NOT NULL, attempts integer NOT NULL,
              created_ms bigint NOT NULL, next_ms bigint NOT NULL, delivered_ms bigint, last_error text);
            CREATE INDEX IF NOT EXISTS ix_outbox_open ON outbox(ordering_key, id) WHERE status <> 'delivered';
            CREATE INDEX IF NOT EXISTS ix_outbox_due ON outbox(next_ms, id) WHERE status = 'pending';
            """),
        (41, """
            CREATE TABLE IF NOT EXISTS complaint_status(
              id bigserial PRIMARY KEY, complaint_id text NOT NULL, kind text NOT NULL, at_ms bigint NOT NULL,
              at_text text NOT NULL, handling_unit text, reason text, satisfaction text, content text, operator text,
              received_ms bigint NOT NULL, applied integer NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_status_complaint ON complaint_status(complaint_id, at_ms);
            """),
        (42, """
            CREATE TABLE IF NOT EXISTS supervision_cards(
              id bigserial PRIMARY KEY, complaint_id text NOT NULL, unit text, milestone text NOT NULL, level text NOT NULL,
              due_ms bigint NOT NULL, at_ms bigint NOT NULL, raised_ms bigint NOT NULL, seq bigint NOT NULL,
              UNIQUE(complaint_id, milestone, level));
            """),
        (43, """
            CREATE TABLE IF NOT EXISTS api_keys(
              id bigserial PRIMARY KEY, name text NOT NULL, role text NOT NULL, hash text NOT NULL UNIQUE,
              created_ms bigint NOT NULL, revoked_ms bigint);
            CREATE UNIQUE INDEX IF NOT EXISTS ux_api_keys_active ON api_keys(name) WHERE revoked_ms IS NULL;
            """),
        // a dispatcher leases the messages it sends, so dispatchers on several nodes never send one message twice at once
        (44, "ALTER TABLE outbox ADD COLUMN IF NOT EXISTS lease_ms bigint;"),
    ];
}
