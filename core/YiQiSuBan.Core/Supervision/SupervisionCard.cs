namespace YiQiSuBan.Core.Supervision;

/// <summary>A card raised against a handling unit for one missed milestone of one complaint.</summary>
public sealed record SupervisionCard
{
    public long Id { get; init; }
    public required string ComplaintId { get; init; }
    public string? Unit { get; init; }
    public required Milestone Milestone { get; init; }
    public required CardLevel Level { get; init; }
    public DateTimeOffset Due { get; init; }

    /// <summary>When the card was earned (the deadline, or one working day after it for red).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>When the periodic job raised it.</summary>
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>The feed event that announced it.</summary>
    public long Seq { get; init; }
}
