using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Supervision;

/// <summary>Raised cards and the monthly report, for the verbs and the API.</summary>
public sealed class SupervisionQueries(IHubStore store, ISupervisionStore cards, SupervisionTimelines timelines, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupervisionCard>> CardsAsync(CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        return await cards.ListAsync(session, ct);
    }

    /// <summary>The report of <paramref name="month"/> (yyyy-MM), evaluated as of the month's end (or now, if earlier).</summary>
    public async Task<IReadOnlyList<UnitMonthReport>> ReportAsync(string month, CancellationToken ct = default)
    {
        var (_, to) = MonthlyReport.Bounds(month);
        var now = clock.GetUtcNow();
        await using var session = await store.BeginAsync(ct);
        var all = await timelines.EvaluateAllAsync(session, now < to ? now : to, ct);
        return MonthlyReport.Build(all, month);
    }
}
