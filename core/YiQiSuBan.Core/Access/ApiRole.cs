namespace YiQiSuBan.Core.Access;

/// <summary>What an API key may do: ops (everything, no confidential contacts), case-system (full data, status intake), read-only (masked).</summary>
public static class ApiRole
{
    public const string Ops = "ops";
    public const string CaseSystem = "case-system";
    public const string ReadOnly = "read-only";

    public static readonly IReadOnlyList<string> All = [Ops, CaseSystem, ReadOnly];

    public static bool IsValid(string? role) => role is not null && All.Contains(role);
}
