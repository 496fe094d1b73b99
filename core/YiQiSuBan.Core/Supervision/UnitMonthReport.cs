namespace YiQiSuBan.Core.Supervision;

/// <summary>One handling unit's line in the monthly 2151 report.</summary>
public sealed record UnitMonthReport
{
    public int Rank { get; init; }
    public required string Unit { get; init; }
    public int Received { get; init; }
    public int Closed { get; init; }
    public int ClosedOnTime { get; init; }
    public int Yellow { get; init; }
    public int Red { get; init; }

    /// <summary>Share of call-backs in the month that were satisfied or basically satisfied; null without call-backs.</summary>
    public double? SatisfactionRate { get; init; }

    /// <summary>ClosedOnTime / Closed; null when nothing was closed.</summary>
    public double? OnTimeRate => Closed == 0 ? null : Math.Round((double)ClosedOnTime / Closed, 4);
}
