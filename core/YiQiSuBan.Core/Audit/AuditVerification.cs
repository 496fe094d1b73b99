namespace YiQiSuBan.Core.Audit;

/// <summary>What <see cref="AuditVerifier"/> checked and what it found, in the order it found it.</summary>
public sealed class AuditVerification
{
    public long Entries { get; set; }
    public int Checkpoints { get; set; }
    public int Payloads { get; set; }
    public int PrunedPayloads { get; set; }
    public int Complaints { get; set; }
    public List<AuditFinding> Findings { get; } = [];
    public bool Ok => Findings.Count == 0;
}
