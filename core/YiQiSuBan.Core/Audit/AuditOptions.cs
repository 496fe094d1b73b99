namespace YiQiSuBan.Core.Audit;

/// <summary>The <c>Audit</c> settings: checkpoint keys and interval, raw payload retention per channel.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>All keys that checkpoints may name; keep retired ones so their checkpoints still verify.</summary>
    public List<AuditSigningKey> Keys { get; set; } = [];

    /// <summary>The key new checkpoints are signed with (must be one of <see cref="Keys"/>).</summary>
    public string? SigningKeyId { get; set; }

    /// <summary>Minutes between automatic checkpoints (1–1440); 0 turns the timer off.</summary>
    public int CheckpointMinutes { get; set; } = 15;

    /// <summary>Days raw bytes are kept per channel key; a channel not named keeps them for ever.</summary>
    public Dictionary<string, int> RetentionDays { get; set; } = [];

    /// <summary>Every problem with the settings, empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (CheckpointMinutes is < 0 or > 1440) problems.Add("Audit:CheckpointMinutes must be 0 (off) to 1440");
        foreach (var (channel, days) in RetentionDays)
            if (days < 1) problems.Add($"Audit:RetentionDays:{channel} must be at least 1 day");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Keys)
        {
            if (string.IsNullOrWhiteSpace(key.Id)) problems.Add("every Audit:Keys entry needs an Id");
            else if (!ids.Add(key.Id)) problems.Add($"Audit:Keys has the id '{key.Id}' twice");
            if (SecretBytes(key) is not { Length: >= 32 }) problems.Add($"Audit:Keys '{key.Id}' needs a base64 secret of at least 32 bytes");
        }
        if (SigningKeyId is not null && !ids.Contains(SigningKeyId)) problems.Add($"Audit:SigningKeyId '{SigningKeyId}' is not among Audit:Keys");
        if (SigningKeyId is null && Keys.Count > 0) problems.Add("Audit:SigningKeyId must name the key new checkpoints are signed with");
        return problems;
    }

    internal static byte[]? SecretBytes(AuditSigningKey key)
    {
        var buffer = new byte[key.Secret.Length];
        return Convert.TryFromBase64String(key.Secret, buffer, out var n) ? buffer[..n] : null;
    }
}
