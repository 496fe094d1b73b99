namespace YiQiSuBan.Core.Audit;

/// <summary>
/// A complaint's lineage (raw payload receipts → canonical versions → deliveries) as audit entries, each with an
/// RFC 9162 inclusion proof against the latest checkpoint (null for entries made after it).
/// </summary>
public sealed record AuditProof
{
    public required string ComplaintId { get; init; }
    public AuditCheckpoint? Checkpoint { get; init; }
    public required IReadOnlyList<ProvenEntry> Lineage { get; init; }

    /// <summary>One lineage entry, its leaf index (seq − 1) and the audit path (lower-hex hashes, leaf to root).</summary>
    public sealed record ProvenEntry(AuditEntry Entry, long LeafIndex, IReadOnlyList<string>? InclusionProof);
}
