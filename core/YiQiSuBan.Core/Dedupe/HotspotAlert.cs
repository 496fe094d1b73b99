namespace YiQiSuBan.Core.Dedupe;

/// <summary>A matter that many complainants raised within a short time (a related group that grew fast).</summary>
public sealed record HotspotAlert
{
    /// <summary>The earliest complaint of the group.</summary>
    public required string RootId { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>Distinct complainants (duplicate groups) within the alert window.</summary>
    public required int Complainants { get; init; }
    public required IReadOnlyList<string> Members { get; init; }
}
