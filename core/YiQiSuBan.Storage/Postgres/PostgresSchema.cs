namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, as ordered migrations with the same version numbers and meaning as the SQLite ones
/// (JSON columns are jsonb, except the versions' and the feed's, which are json; bytes bytea, times timestamptz, the feed sequence a bigserial).
/// </summary>
internal static class PostgresSchema
{
    private const string JsonCompressedWithLz4 =
        """
        DO $$
        BEGIN
          ALTER TABLE complaint_history ALTER COLUMN record SET COMPRESSION lz4, ALTER COLUMN complaint SET COMPRESSION lz4;
          ALTER TABLE feed ALTER COLUMN payload SET COMPRESSION lz4;
        EXCEPTION WHEN feature_not_supported OR syntax_error THEN
          RAISE NOTICE 'lz4 is not available: large JSON values stay compressed with pglz';
        END $$;
        """;

    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE raw_payloads(
              id bigserial PRIMARY KEY, channel text NOT NULL, name text NOT NULL, sha256 text NOT NULL,
              received_at timestamptz NOT NULL, delivery text NOT NULL, size integer NOT NULL, bytes bytea NOT NULL,
              UNIQUE(channel, sha256));
            CREATE TABLE complaints(
              id text PRIMARY KEY, channel text NOT NULL, source_id text NOT NULL, snapshot jsonb NOT NULL,
              complaint jsonb, content_hash text, mapping_version text, raw_id bigint NOT NULL);
            CREATE INDEX ix_complaints_channel ON complaints(channel, source_id);
            CREATE TABLE complaint_history(
              id bigserial PRIMARY KEY, complaint_id text NOT NULL, raw_id bigint NOT NULL, outcome text NOT NULL,
              source_version bigint, record jsonb NOT NULL, complaint jsonb, mapping_version text);
            CREATE INDEX ix_history_complaint ON complaint_history(complaint_id);
            CREATE TABLE feed(
              seq bigserial PRIMARY KEY, type text NOT NULL, complaint_id text NOT NULL,
              at timestamptz NOT NULL, payload jsonb NOT NULL);
            CREATE INDEX ix_feed_complaint ON feed(complaint_id);
            CREATE TABLE quarantine(
              id bigserial PRIMARY KEY, channel text NOT NULL, file text NOT NULL, raw_id bigint, row integer,
              source_id text, stage text NOT NULL, reason text NOT NULL, at timestamptz NOT NULL, status text NOT NULL DEFAULT 'open');
            """),
        // raw bytes are kept compressed: size stays the uncompressed length, encoding says how bytes are stored
        (2, "ALTER TABLE raw_payloads ADD COLUMN encoding text NOT NULL DEFAULT 'identity';"),
        // see the SQLite migration 3: each complaint version is written once, in complaint_history
        (3, """
            INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version)
              SELECT c.id, c.raw_id, 'applied', NULL, c.snapshot, c.complaint, c.mapping_version FROM complaints c
              WHERE NOT EXISTS (SELECT 1 FROM complaint_history h
                WHERE h.id = (SELECT MAX(l.id) FROM complaint_history l WHERE l.complaint_id = c.id AND l.outcome = 'applied')
                  AND h.record = c.snapshot AND h.complaint IS NOT DISTINCT FROM c.complaint);
            ALTER TABLE complaints ADD COLUMN version_id bigint;
            UPDATE complaints c SET version_id = (SELECT MAX(l.id) FROM complaint_history l WHERE l.complaint_id = c.id AND l.outcome = 'applied');
            ALTER TABLE complaints ALTER COLUMN version_id SET NOT NULL, DROP COLUMN snapshot, DROP COLUMN complaint;
            ALTER TABLE feed ADD COLUMN version_id bigint;
            CREATE VIEW current_complaints AS
              SELECT c.id, c.channel, c.source_id, h.record AS snapshot, h.complaint, c.content_hash, c.mapping_version, c.raw_id, c.version_id
              FROM complaints c JOIN complaint_history h ON h.id = c.version_id;
            """),
        // TOAST compresses the large JSON values of every version with lz4 instead of pglz (pglz was a quarter of the
        // server's time in a replay); raw bytes are Brotli already, so they are stored as they are. A server built without
        // lz4 keeps pglz.
        (4, "ALTER TABLE raw_payloads ALTER COLUMN bytes SET STORAGE EXTERNAL;\n" + JsonCompressedWithLz4),
        // PostgreSQL only: the versions' and the feed's JSON as json, not jsonb. The hub never queries inside them on the
        // server, and jsonb's input (parsing into its tree, sorting keys) was a fifth of the server's time in a replay; json
        // is still checked to be JSON, keeps the exact bytes the hub wrote (and hashed), and answers -> and ->> for an operator.
        // Rows written before keep jsonb's normalized text (the hub reads both the same).
        (5, """
            DROP VIEW current_complaints;
            ALTER TABLE complaint_history ALTER COLUMN record TYPE json USING record::json, ALTER COLUMN complaint TYPE json USING complaint::json;
            ALTER TABLE feed ALTER COLUMN payload TYPE json USING payload::json;
            CREATE VIEW current_complaints AS
              SELECT c.id, c.channel, c.source_id, h.record AS snapshot, h.complaint, c.content_hash, c.mapping_version, c.raw_id, c.version_id
              FROM complaints c JOIN complaint_history h ON h.id = c.version_id;
            """ + JsonCompressedWithLz4), // a new column type starts with the default compression again
        // versions (≈ 4 KB of JSON) and raw payloads below 16 KiB (kept as they are, see RawCompression) stay in their rows up
        // to a page, uncompressed: compressing them with lz4 and moving the rest to TOAST (a second heap insert and an index
        // insert) was a sixth of the server's CPU in a replay (7.1–8.0 s → 5.6–7.0 s for 50k records). Larger rows are
        // still compressed and moved out as before; a version takes ≈ 35 % more space.
        (6, "ALTER TABLE complaint_history SET (toast_tuple_target = 8160); ALTER TABLE raw_payloads SET (toast_tuple_target = 8160);"),
        .. PostgresDedupeSchema.Migrations,
        (30, PostgresAuditSchema.Tables),
        .. PostgresFeatureSql.Migrations,
        (50, PostgresConnectorSql.Migration50),
    ];
}
