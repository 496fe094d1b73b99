namespace YiQiSuBan.Core.Supervision;

/// <summary>A complaint under 2151 supervision: its handling unit, hand-over time and milestones.</summary>
public sealed record ComplaintSupervision
{
    public required string ComplaintId { get; init; }
    public string? Unit { get; init; }
    public required DateTimeOffset HandedOverAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public required IReadOnlyList<MilestoneCheck> Milestones { get; init; }

    /// <summary>Satisfaction of the first call-back, if any.</summary>
    public string? Satisfaction { get; init; }
    public DateTimeOffset? CallbackAt { get; init; }

    public MilestoneCheck? Get(Milestone m) => Milestones.FirstOrDefault(x => x.Milestone == m);
}
