namespace YiQiSuBan.Core.Calendar;

/// <summary>
/// Mainland working days: Monday–Friday unless listed OFF, plus weekend days listed WORK (调休).
/// Loaded from mappings/calendar/*.json so an operator can add a year without a rebuild.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> _off;
    private readonly HashSet<DateOnly> _work;

    public WorkingCalendar(IEnumerable<DateOnly> off, IEnumerable<DateOnly> work)
    {
        _off = [.. off];
        _work = [.. work];
    }

    public static WorkingCalendar WeekdaysOnly { get; } = new([], []);

    public bool IsWorkingDay(DateOnly day) =>
        _work.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_off.Contains(day));

    /// <summary>The same local clock time <paramref name="days"/> working days after the day of <paramref name="start"/>.</summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset start, int days)
    {
        var day = DateOnly.FromDateTime(start.DateTime);
        var left = days;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) left--;
        }
        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromDateTime(start.DateTime)), start.Offset);
    }
}
