namespace YiQiSuBan.Storage.Sqlite;

/// <summary>Audit tables (migration 30): the hash-linked log, made append-only by triggers, and its checkpoints.</summary>
internal static class SqliteAuditSchema
{
    public const string Tables = """
        CREATE TABLE audit_log(
          seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
          prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL);
        CREATE INDEX ix_audit_subject ON audit_log(subject);
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
        CREATE TABLE audit_checkpoints(
          id INTEGER PRIMARY KEY, tree_size INTEGER NOT NULL, root_hash TEXT NOT NULL, at TEXT NOT NULL,
          key_id TEXT NOT NULL, algorithm TEXT NOT NULL, signature TEXT NOT NULL);
        """;
}
