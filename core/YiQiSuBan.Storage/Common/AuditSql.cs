namespace YiQiSuBan.Storage.Common;

/// <summary>Audit SQL that both dialects share.</summary>
internal static class AuditSql
{
    public const string EntryColumns = "seq, at, kind, subject, body, prev_hash AS PrevHash, entry_hash AS EntryHash";
    public const string CheckpointColumns = "id, tree_size AS TreeSize, root_hash AS RootHash, at, key_id AS KeyId, algorithm, signature";

    /// <summary>Inserts an entry through <see cref="YiQiSuBan.Core.Storage.IHubSession.WriteAsync"/>; <paramref name="parameter"/>
    /// names positional parameter i in the dialect's style. Values in the order of <see cref="InsertValues"/>.</summary>
    public static string Insert(Func<int, string> parameter) =>
        $"INSERT INTO audit_log(seq, at, kind, subject, body, prev_hash, entry_hash) VALUES ({string.Join(", ", Enumerable.Range(0, 7).Select(parameter))})";

    public static object?[] InsertValues(YiQiSuBan.Core.Audit.AuditEntry e) => [e.Seq, e.At, e.Kind, e.Subject, e.Body, e.PrevHash, e.EntryHash];
    public const string Last = "SELECT " + EntryColumns + " FROM audit_log ORDER BY seq DESC LIMIT 1";
    public const string All = "SELECT " + EntryColumns + " FROM audit_log ORDER BY seq";
    public const string Hashes = "SELECT entry_hash FROM audit_log WHERE seq <= @upToSeq ORDER BY seq";
    public const string InsertCheckpoint = "INSERT INTO audit_checkpoints(tree_size, root_hash, at, key_id, algorithm, signature) VALUES (@TreeSize, @RootHash, @At, @KeyId, @Algorithm, @Signature)";
    public const string Checkpoints = "SELECT " + CheckpointColumns + " FROM audit_checkpoints ORDER BY id";
    /// <summary>Raw payloads of one channel (or all) by id; <paramref name="channelFilter"/> is the dialect's WHERE clause.
    /// <paramref name="bytes"/> reads the bytes column as bytes even if someone stored text there.</summary>
    public static string RawPayloads(string channelFilter, string bytes = "bytes") =>
        $"SELECT id, channel, name, sha256, received_at AS ReceivedAt, delivery, {bytes} AS bytes, encoding, CAST(size AS bigint) AS size FROM raw_payloads WHERE {channelFilter} ORDER BY id";

    /// <summary>The original bytes of a stored payload, or null when they cannot be decoded (corrupt or unknown encoding).</summary>
    public static byte[]? Original(byte[] stored, string encoding, long size)
    {
        try { return new StoredRawRow(stored, encoding, size).Original(); }
        catch (InvalidDataException) { return null; }
    }

    public const string Complaints = "SELECT id, complaint AS ComplaintJson, content_hash AS ContentHash FROM current_complaints ORDER BY id";
}
