namespace YiQiSuBan.Storage.Postgres;

/// <summary>Audit tables (migration 30): the hash-linked log, made append-only by a trigger, and its checkpoints.</summary>
internal static class PostgresAuditSchema
{
    public const string Tables = """
        CREATE TABLE audit_log(
          seq bigint PRIMARY KEY, at text NOT NULL, kind text NOT NULL, subject text NOT NULL, body text NOT NULL,
          prev_hash text NOT NULL, entry_hash text NOT NULL);
        CREATE INDEX ix_audit_subject ON audit_log(subject);
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
        CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
          FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
        CREATE TABLE audit_checkpoints(
          id bigserial PRIMARY KEY, tree_size bigint NOT NULL, root_hash text NOT NULL, at text NOT NULL,
          key_id text NOT NULL, algorithm text NOT NULL, signature text NOT NULL);
        """;
}
