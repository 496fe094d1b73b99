namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// The dedupe tables on PostgreSQL (migration versions 20-29, the same numbers as the SQLite schema). The PostgreSQL
/// store appends <see cref="Migrations"/> to its own list; the rows are read and written by <see cref="Common.SqlDedupeIndex"/>.
/// </summary>
public static class PostgresDedupeSchema
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (20, """
            CREATE TABLE IF NOT EXISTS dedupe_docs(
              complaint_id text PRIMARY KEY, channel text NOT NULL, at bigint NOT NULL, text text NOT NULL, identity text NOT NULL, group_root text NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_dedupe_docs_group ON dedupe_docs(group_root);
            CREATE TABLE IF NOT EXISTS dedupe_keys(key text NOT NULL, complaint_id text NOT NULL, at bigint NOT NULL, PRIMARY KEY(key, complaint_id));
            CREATE INDEX IF NOT EXISTS ix_dedupe_keys_lookup ON dedupe_keys(key, at);
            CREATE INDEX IF NOT EXISTS ix_dedupe_keys_complaint ON dedupe_keys(complaint_id);
            CREATE TABLE IF NOT EXISTS dedupe_links(
              a text NOT NULL, b text NOT NULL, kind text NOT NULL, agreed text NOT NULL, conflicting text NOT NULL,
              similarity double precision NOT NULL, gap_days double precision NOT NULL, PRIMARY KEY(a, b));
            CREATE INDEX IF NOT EXISTS ix_dedupe_links_b ON dedupe_links(b);
            CREATE TABLE IF NOT EXISTS dedupe_overrides(a text NOT NULL, b text NOT NULL, kind text NOT NULL, at bigint NOT NULL, PRIMARY KEY(a, b));
            CREATE INDEX IF NOT EXISTS ix_dedupe_overrides_b ON dedupe_overrides(b);
            CREATE TABLE IF NOT EXISTS hotspot_alerts(
              id bigserial PRIMARY KEY, root_id text NOT NULL, at bigint NOT NULL, complainants bigint NOT NULL, members text NOT NULL);
            CREATE TABLE IF NOT EXISTS hotspot_members(complaint_id text PRIMARY KEY, alert_id bigint NOT NULL);
            """),
        // one index on the keys (key, at, id): lookups are range scans newest first; documents keep their packed bigrams
        (21, """
            DROP INDEX IF EXISTS ix_dedupe_keys_lookup;
            DROP INDEX IF EXISTS ix_dedupe_keys_complaint;
            ALTER TABLE dedupe_keys DROP CONSTRAINT IF EXISTS dedupe_keys_pkey;
            ALTER TABLE dedupe_keys ADD PRIMARY KEY(key, at, complaint_id);
            ALTER TABLE dedupe_docs ADD COLUMN IF NOT EXISTS shingles bytea;
            """),
        // lookup rows as integers (key hash, at, document number): a third of the size of text rows; rebuilt from the
        // documents after this migration (DedupeLookupBackfill)
        (22, """
            ALTER TABLE dedupe_docs ADD COLUMN doc_no bigint GENERATED ALWAYS AS IDENTITY;
            ALTER TABLE dedupe_docs ADD CONSTRAINT dedupe_docs_doc_no_key UNIQUE(doc_no);
            DROP TABLE dedupe_keys;
            CREATE TABLE dedupe_lookup(key bigint NOT NULL, at bigint NOT NULL, doc_no bigint NOT NULL, PRIMARY KEY(key, at, doc_no));
            """),
    ];
}
