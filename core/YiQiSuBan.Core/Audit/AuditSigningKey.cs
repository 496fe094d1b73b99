namespace YiQiSuBan.Core.Audit;

/// <summary>A checkpoint key: an id (kept in each checkpoint, so old checkpoints verify after rotation) and a base64 secret.</summary>
public sealed class AuditSigningKey
{
    public string Id { get; set; } = "";

    /// <summary>Base64, at least 32 bytes. A secret: comes from the environment or a secret store, never logged.</summary>
    public string Secret { get; set; } = "";
}
