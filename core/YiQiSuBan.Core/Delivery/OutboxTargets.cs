namespace YiQiSuBan.Core.Delivery;

/// <summary>Receivers of outbox messages: the case system, or a channel key whose back channel takes status.</summary>
public static class OutboxTargets
{
    public const string CaseSystem = "case-system";
}
