namespace YiQiSuBan.Core.Supervision;

/// <summary>
/// The monthly 2151 report per handling unit (month in China time): received = handed over in the month,
/// closed = resolved in the month, closed on time = resolved by the 5-working-day deadline, yellow/red = cards
/// earned in the month, satisfaction = call-backs in the month. Ranked by on-time rate, then fewest red, fewest
/// yellow, best satisfaction.
/// </summary>
public static class MonthlyReport
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static (DateTimeOffset From, DateTimeOffset To) Bounds(string month)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var from = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), China);
        return (from, from.AddMonths(1));
    }

    public static IReadOnlyList<UnitMonthReport> Build(IEnumerable<ComplaintSupervision> complaints, string month)
    {
        var (from, to) = Bounds(month);
        bool In(DateTimeOffset? t) => t is { } v && v >= from && v < to;
        var rows = complaints.GroupBy(c => c.Unit ?? "(unassigned)", StringComparer.Ordinal).Select(g =>
        {
            var closed = g.Where(c => In(c.ResolvedAt)).ToList();
            var callbacks = g.Where(c => In(c.CallbackAt) && c.Satisfaction is not null).ToList();
            return new UnitMonthReport
            {
                Unit = g.Key,
                Received = g.Count(c => In(c.HandedOverAt)),
                Closed = closed.Count,
                ClosedOnTime = closed.Count(c => c.Get(Milestone.Resolve) is { } r && c.ResolvedAt <= r.Due),
                Yellow = g.SelectMany(c => c.Milestones).Count(m => m.Level >= CardLevel.Yellow && In(m.CardAt(CardLevel.Yellow))),
                Red = g.SelectMany(c => c.Milestones).Count(m => m.Level >= CardLevel.Red && In(m.CardAt(CardLevel.Red))),
                SatisfactionRate = callbacks.Count == 0 ? null
                    : Math.Round((double)callbacks.Count(c => c.Satisfaction is "satisfied" or "basicallySatisfied") / callbacks.Count, 4),
            };
        })
        .Where(r => r.Received + r.Closed + r.Yellow + r.Red > 0 || r.SatisfactionRate is not null)
        .OrderByDescending(r => r.OnTimeRate ?? -1).ThenBy(r => r.Red).ThenBy(r => r.Yellow)
        .ThenByDescending(r => r.SatisfactionRate ?? -1).ThenBy(r => r.Unit, StringComparer.Ordinal)
        .ToList();
        return rows.Select((r, i) => r with { Rank = i + 1 }).ToList();
    }
}
