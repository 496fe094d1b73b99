namespace YiQiSuBan.Connectors.Tests.Compliance;

/// <summary>The documented faults every pull connector is tested against.</summary>
public static class ComplianceFaults
{
    public static TheoryData<string> Names => new() { "503", "429-retry-after", "timeout", "truncated", "business-error", "503-then-429" };
}
