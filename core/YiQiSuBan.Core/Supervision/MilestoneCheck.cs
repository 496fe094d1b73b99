namespace YiQiSuBan.Core.Supervision;

/// <summary>One milestone of one complaint: when it is due, when a red card follows, when it was met, and the card it earns.</summary>
public sealed record MilestoneCheck
{
    public required Milestone Milestone { get; init; }
    public required DateTimeOffset Due { get; init; }

    /// <summary>One working day after <see cref="Due"/>.</summary>
    public required DateTimeOffset RedAt { get; init; }

    public DateTimeOffset? MetAt { get; init; }

    /// <summary>The card as of the evaluation time (a late fulfilment keeps the card it had earned).</summary>
    public CardLevel Level { get; init; }

    /// <summary>When the card of <paramref name="level"/> was earned.</summary>
    public DateTimeOffset CardAt(CardLevel level) => level == CardLevel.Red ? RedAt : Due;
}
