namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The board has no version number; a thread's order comes from its data: the latest of its posting time,
/// lastAnswerTime and the official replies' datelines. At equal times the state breaks the tie in the
/// board's progression (待回复 → 办理中 → 已办理 → 已回复), added as milliseconds, so a late copy of an
/// earlier state never wins over the later one.
/// </summary>
internal static class ThreadOrdering
{
    private static readonly string[] Progression = ["待回复", "办理中", "已办理", "已回复"];

    public static DateTimeOffset? OccurredAt(IEnumerable<DateTimeOffset?> times, string? state)
    {
        var latest = times.Where(t => t is not null).Max();
        if (latest is null) return null;
        var rank = state is null ? 0 : Array.IndexOf(Progression, state.Trim()) + 1;
        return latest.Value.AddMilliseconds(rank);
    }
}
