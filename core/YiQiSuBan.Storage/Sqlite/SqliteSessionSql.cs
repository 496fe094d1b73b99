namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// The session's hot statements: the writes with parameters ?1, ?2, … for <see cref="SqliteRawStatement"/>, the reads
/// with @p0, @p1, … for <see cref="SqliteCommandCache"/>.
/// </summary>
internal static class SqliteSessionSql
{
    /// <summary>Returns the new id, or no row when the same channel + digest is stored already.</summary>
    public const string InsertRaw =
        """
        INSERT INTO raw_payloads(channel, name, sha256, received_at, delivery, size, encoding, bytes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(channel, sha256) DO NOTHING RETURNING id
        """;

    public const string RawId = "SELECT id FROM raw_payloads WHERE channel = @p0 AND sha256 = @p1";

    public const string SelectComplaint =
        "SELECT id, snapshot, complaint, content_hash, mapping_version, raw_id FROM current_complaints WHERE id = @p0";

    public const string UpsertComplaint =
        """
        INSERT INTO complaints(id, channel, source_id, version_id, content_hash, mapping_version, raw_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT(id) DO UPDATE SET version_id = excluded.version_id,
          content_hash = excluded.content_hash, mapping_version = excluded.mapping_version, raw_id = excluded.raw_id
        """;

    /// <summary>Returns the version's id, which the complaint row (and a feed event about it) points at.</summary>
    public const string InsertAppliedHistory =
        "INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version) VALUES (?1, ?2, 'applied', ?3, ?4, ?5, ?6) RETURNING id";

    public const string InsertHistory =
        "INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (?1, ?2, ?3, ?4, ?5)";

    public const string InsertFeed = "INSERT INTO feed(type, complaint_id, at, payload, version_id) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING seq";
}
