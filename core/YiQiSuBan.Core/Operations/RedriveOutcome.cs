namespace YiQiSuBan.Core.Operations;

/// <summary>What re-running one quarantined item did: passed (and resolved), still failing (with the new stage and reason), or skipped.</summary>
public sealed record RedriveOutcome
{
    public required long Id { get; init; }
    public required string Result { get; init; }
    public string? Stage { get; init; }
    public string? Reason { get; init; }
    public int Events { get; init; }

    public const string Passed = "passed";
    public const string Failing = "failing";
    public const string Skipped = "skipped";
}
