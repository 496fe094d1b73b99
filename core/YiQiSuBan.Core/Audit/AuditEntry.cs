namespace YiQiSuBan.Core.Audit;

/// <summary>
/// One link of the audit chain. <see cref="EntryHash"/> = SHA-256 over the canonical encoding of
/// (seq, at, kind, subject, body, prevHash), see <see cref="AuditHashing"/>.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>1, 2, 3, … without gaps; leaf index in the Merkle tree is Seq − 1.</summary>
    public required long Seq { get; init; }

    /// <summary>UTC time in the fixed form yyyy-MM-ddTHH:mm:ss.ffffffZ (stored as text so it hashes the same everywhere).</summary>
    public required string At { get; init; }

    public required string Kind { get; init; }

    /// <summary>Complaint id, or raw:&lt;id&gt;, quarantine:&lt;id&gt;, channel:&lt;key&gt;.</summary>
    public required string Subject { get; init; }

    /// <summary>Compact JSON object with sorted keys, no personal data.</summary>
    public required string Body { get; init; }

    public required string PrevHash { get; init; }
    public required string EntryHash { get; init; }
}
