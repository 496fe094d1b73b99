namespace YiQiSuBan.Core.Audit;

/// <summary>A signed commitment to the first <see cref="TreeSize"/> audit entries (their Merkle root).</summary>
public sealed record AuditCheckpoint
{
    public long Id { get; init; }
    public required long TreeSize { get; init; }

    /// <summary>Lower-hex RFC 9162 root over leaf = SHA-256(0x00 || entry_hash bytes).</summary>
    public required string RootHash { get; init; }

    /// <summary>Same fixed UTC form as <see cref="AuditEntry.At"/>.</summary>
    public required string At { get; init; }
    public required string KeyId { get; init; }

    /// <summary>hmac-sha256.</summary>
    public required string Algorithm { get; init; }

    /// <summary>Lower-hex signature over <see cref="CheckpointSigner.Message"/>.</summary>
    public required string Signature { get; init; }
}
