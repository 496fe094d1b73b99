namespace YiQiSuBan.Core.Audit;

/// <summary>One thing verification found wrong: where (entry, checkpoint, payload, complaint) and what.</summary>
public sealed record AuditFinding(string Place, string Problem)
{
    public override string ToString() => $"{Place}: {Problem}";
}
