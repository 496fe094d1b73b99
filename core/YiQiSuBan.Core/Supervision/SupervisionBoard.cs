namespace YiQiSuBan.Core.Supervision;

/// <summary>
/// The 2151 board per handling unit: open milestones due within <see cref="DueSoonWindow"/>, and milestones
/// carrying a yellow or red card, as of a given time.
/// </summary>
public static class SupervisionBoard
{
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(24);

    public static IReadOnlyList<UnitBoardRow> Build(IEnumerable<ComplaintSupervision> all, DateTimeOffset now) =>
        all.GroupBy(c => c.Unit ?? "(未指派)", StringComparer.Ordinal)
            .Select(g =>
            {
                var checks = g.SelectMany(c => c.Milestones).ToList();
                return new UnitBoardRow
                {
                    Unit = g.Key,
                    Open = g.Count(c => c.ResolvedAt is null),
                    DueSoon = checks.Count(m => m.MetAt is null && m.Level == CardLevel.None && m.Due > now && m.Due - now <= DueSoonWindow),
                    Yellow = checks.Count(m => m.Level == CardLevel.Yellow),
                    Red = checks.Count(m => m.Level == CardLevel.Red),
                };
            })
            .OrderByDescending(r => r.Red).ThenByDescending(r => r.Yellow).ThenByDescending(r => r.DueSoon).ThenBy(r => r.Unit, StringComparer.Ordinal)
            .ToList();
}
