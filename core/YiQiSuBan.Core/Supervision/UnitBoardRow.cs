namespace YiQiSuBan.Core.Supervision;

/// <summary>One handling unit on the 2151 board.</summary>
public sealed record UnitBoardRow
{
    public required string Unit { get; init; }
    public int Open { get; init; }
    public int DueSoon { get; init; }
    public int Yellow { get; init; }
    public int Red { get; init; }
}
