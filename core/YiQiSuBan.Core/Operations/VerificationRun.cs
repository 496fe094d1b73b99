using YiQiSuBan.Core.Audit;

namespace YiQiSuBan.Core.Operations;

/// <summary>One audit verification run: when, by whom, and what it found.</summary>
public sealed record VerificationRun(DateTimeOffset At, string Who, AuditVerification Result);
