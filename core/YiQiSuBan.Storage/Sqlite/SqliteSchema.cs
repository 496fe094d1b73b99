namespace YiQiSuBan.Storage.Sqlite;

/// <summary>The SQLite schema, as ordered migrations.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<(int Version, string Sql)> Migrations =
    [
        (1, """
            CREATE TABLE raw_payloads(
              id INTEGER PRIMARY KEY, channel TEXT NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL,
              received_at TEXT NOT NULL, delivery TEXT NOT NULL, size INTEGER NOT NULL, bytes BLOB NOT NULL,
              UNIQUE(channel, sha256));
            CREATE TABLE complaints(
              id TEXT PRIMARY KEY, channel TEXT NOT NULL, source_id TEXT NOT NULL, snapshot TEXT NOT NULL,
              complaint TEXT, content_hash TEXT, mapping_version TEXT, raw_id INTEGER NOT NULL);
            CREATE INDEX ix_complaints_channel ON complaints(channel, source_id);
            CREATE TABLE complaint_history(
              id INTEGER PRIMARY KEY, complaint_id TEXT NOT NULL, raw_id INTEGER NOT NULL, outcome TEXT NOT NULL,
              source_version INTEGER, record TEXT NOT NULL, complaint TEXT, mapping_version TEXT);
            CREATE INDEX ix_history_complaint ON complaint_history(complaint_id);
            CREATE TABLE feed(
              seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, complaint_id TEXT NOT NULL,
              at TEXT NOT NULL, payload TEXT NOT NULL);
            CREATE INDEX ix_feed_complaint ON feed(complaint_id);
            CREATE TABLE quarantine(
              id INTEGER PRIMARY KEY, channel TEXT NOT NULL, file TEXT NOT NULL, raw_id INTEGER, row INTEGER,
              source_id TEXT, stage TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open');
            """),
        // raw bytes are kept compressed: size stays the uncompressed length, encoding says how bytes are stored
        (2, "ALTER TABLE raw_payloads ADD COLUMN encoding TEXT NOT NULL DEFAULT 'identity';"),
        // each complaint version is written once: the current row points at its version in complaint_history, and a feed
        // event about a version just saved points at it too (payload without the complaint); current_complaints joins them
        (3, """
            INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version)
              SELECT c.id, c.raw_id, 'applied', NULL, c.snapshot, c.complaint, c.mapping_version FROM complaints c
              WHERE NOT EXISTS (SELECT 1 FROM complaint_history h
                WHERE h.id = (SELECT MAX(l.id) FROM complaint_history l WHERE l.complaint_id = c.id AND l.outcome = 'applied')
                  AND h.record = c.snapshot AND h.complaint IS c.complaint);
            CREATE TABLE complaints_v3(
              id TEXT PRIMARY KEY, channel TEXT NOT NULL, source_id TEXT NOT NULL, version_id INTEGER NOT NULL,
              content_hash TEXT, mapping_version TEXT, raw_id INTEGER NOT NULL);
            INSERT INTO complaints_v3(id, channel, source_id, version_id, content_hash, mapping_version, raw_id)
              SELECT c.id, c.channel, c.source_id,
                (SELECT MAX(l.id) FROM complaint_history l WHERE l.complaint_id = c.id AND l.outcome = 'applied'),
                c.content_hash, c.mapping_version, c.raw_id FROM complaints c;
            DROP TABLE complaints;
            ALTER TABLE complaints_v3 RENAME TO complaints;
            CREATE INDEX ix_complaints_channel ON complaints(channel, source_id);
            ALTER TABLE feed ADD COLUMN version_id INTEGER;
            CREATE VIEW current_complaints AS
              SELECT c.id, c.channel, c.source_id, h.record AS snapshot, h.complaint, c.content_hash, c.mapping_version, c.raw_id, c.version_id
              FROM complaints c JOIN complaint_history h ON h.id = c.version_id;
            """),
        (20, """
            CREATE TABLE dedupe_docs(
              complaint_id TEXT PRIMARY KEY, channel TEXT NOT NULL, at INTEGER NOT NULL, text TEXT NOT NULL, identity TEXT NOT NULL, group_root TEXT NOT NULL);
            CREATE INDEX ix_dedupe_docs_group ON dedupe_docs(group_root);
            CREATE TABLE dedupe_keys(key TEXT NOT NULL, complaint_id TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY(key, complaint_id));
            CREATE INDEX ix_dedupe_keys_lookup ON dedupe_keys(key, at);
            CREATE INDEX ix_dedupe_keys_complaint ON dedupe_keys(complaint_id);
            CREATE TABLE dedupe_links(
              a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, agreed TEXT NOT NULL, conflicting TEXT NOT NULL,
              similarity REAL NOT NULL, gap_days REAL NOT NULL, PRIMARY KEY(a, b));
            CREATE INDEX ix_dedupe_links_b ON dedupe_links(b);
            CREATE TABLE dedupe_overrides(a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY(a, b));
            CREATE INDEX ix_dedupe_overrides_b ON dedupe_overrides(b);
            CREATE TABLE hotspot_alerts(
              id INTEGER PRIMARY KEY AUTOINCREMENT, root_id TEXT NOT NULL, at INTEGER NOT NULL, complainants INTEGER NOT NULL, members TEXT NOT NULL);
            CREATE TABLE hotspot_members(complaint_id TEXT PRIMARY KEY, alert_id INTEGER NOT NULL);
            """),
        // dedupe keys as one covering b-tree (key, at, id): a lookup is a range scan newest first, an insert touches one
        // tree instead of four; documents keep their packed bigrams so candidates are not re-shingled
        (21, """
            CREATE TABLE dedupe_keys_v21(key TEXT NOT NULL, at INTEGER NOT NULL, complaint_id TEXT NOT NULL, PRIMARY KEY(key, at, complaint_id)) WITHOUT ROWID;
            INSERT OR IGNORE INTO dedupe_keys_v21(key, at, complaint_id) SELECT key, at, complaint_id FROM dedupe_keys;
            DROP TABLE dedupe_keys;
            ALTER TABLE dedupe_keys_v21 RENAME TO dedupe_keys;
            ALTER TABLE dedupe_docs ADD COLUMN shingles BLOB;
            """),
        // lookup rows as integers (key hash, at, document number): a third of the size of text rows, so a million
        // complaints' keys stay in memory; a candidate document is read by its rowid. The key rows are rebuilt from
        // the documents after this migration (DedupeLookupBackfill).
        (22, """
            CREATE TABLE dedupe_docs_v22(
              doc_no INTEGER PRIMARY KEY, complaint_id TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, at INTEGER NOT NULL, text TEXT NOT NULL,
              identity TEXT NOT NULL, group_root TEXT NOT NULL, shingles BLOB);
            INSERT INTO dedupe_docs_v22(complaint_id, channel, at, text, identity, group_root, shingles)
              SELECT complaint_id, channel, at, text, identity, group_root, shingles FROM dedupe_docs ORDER BY rowid;
            DROP TABLE dedupe_docs;
            ALTER TABLE dedupe_docs_v22 RENAME TO dedupe_docs;
            CREATE INDEX ix_dedupe_docs_group ON dedupe_docs(group_root);
            DROP TABLE dedupe_keys;
            CREATE TABLE dedupe_lookup(key INTEGER NOT NULL, at INTEGER NOT NULL, doc_no INTEGER NOT NULL, PRIMARY KEY(key, at, doc_no)) WITHOUT ROWID;
            """),
        (30, SqliteAuditSchema.Tables),
        .. SqliteFeatureSql.Migrations,
        (50, """
            CREATE TABLE connector_state(
              connector TEXT PRIMARY KEY, position TEXT, position_at TEXT, last_run_at TEXT, last_success_at TEXT,
              last_error TEXT, failures INTEGER NOT NULL DEFAULT 0, health TEXT NOT NULL DEFAULT 'healthy',
              payloads INTEGER NOT NULL DEFAULT 0, records INTEGER NOT NULL DEFAULT 0, quarantined INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE push_receipts(
              channel TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL,
              PRIMARY KEY(channel, kind, key));
            CREATE INDEX ix_push_receipts_seen ON push_receipts(seen_at);
            """),
    ];
}
