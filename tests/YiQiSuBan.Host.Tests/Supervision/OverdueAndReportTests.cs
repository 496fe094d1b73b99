using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.Host.Api;
using YiQiSuBan.Host.Tests.Support;

namespace YiQiSuBan.Host.Tests.Supervision;

/// <summary>The periodic scan raises yellow then red cards as feed events; the monthly report ranks units.</summary>
public class OverdueAndReportTests : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 10, 9, 16, 0, 0, China));
    private DeliveryHub _hub = null!;

    /// <summary>Run on PostgreSQL instead of SQLite.</summary>
    protected virtual bool Postgres => false;

    public async Task InitializeAsync() => _hub = await DeliveryHub.StartAsync(new Dictionary<string, string?>(), _clock, Postgres);

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    private Task Post(string id, StatusKind kind, DateTimeOffset at, string? unit = null, string? satisfaction = null) =>
        _hub.Get<StatusIntake>().ApplyAsync(id, new StatusUpdate { Kind = kind, At = at, HandlingUnit = unit, Satisfaction = satisfaction });

    [Fact]
    public async Task Scan_raises_yellow_then_red_once_each_on_the_feed()
    {
        var id = await _hub.SeedAsync("offline", "row-yellow");
        // Friday 2026-10-09 16:00 (after National Day); Saturday 10-10 is a 调休 working day
        await Post(id, StatusKind.Assigned, _clock.GetUtcNow(), unit: "区市场监管局");
        var scanner = _hub.Get<OverdueScanner>();
        Assert.Empty(await scanner.RunOnceAsync());

        _clock.Advance(TimeSpan.FromHours(2.5));
        var yellow = Assert.Single(await scanner.RunOnceAsync());
        Assert.Equal((Milestone.Contact, CardLevel.Yellow, "区市场监管局"), (yellow.Milestone, yellow.Level, yellow.Unit));
        Assert.Empty(await scanner.RunOnceAsync());

        _clock.Set(new DateTimeOffset(2026, 10, 10, 18, 1, 0, China)); // red one working day later: the 调休 Saturday
        var cards = await scanner.RunOnceAsync();
        Assert.Contains(cards, c => c is { Milestone: Milestone.Contact, Level: CardLevel.Red });
        Assert.Contains(cards, c => c is { Milestone: Milestone.FirstFeedback, Level: CardLevel.Yellow });

        var overdue = (await _hub.Store.ReadFeedAsync(0, 100)).Where(e => e.Type == FeedEventTypes.Overdue).ToList();
        Assert.Equal(["yellow", "red", "yellow"], overdue.Select(e => e.Level));
        Assert.Equal("contact", overdue[0].Milestone);
        Assert.Contains("\"level\":\"red\"", YiQiSuBan.Core.Json.HubJson.Serialize(overdue[1]), StringComparison.Ordinal);
        Assert.Equal(3, (await _hub.Get<SupervisionQueries>().CardsAsync()).Count);
    }

    [Fact]
    public async Task Monthly_report_counts_and_ranks_units()
    {
        var d = (int day, int hour) => new DateTimeOffset(2026, 10, day, hour, 0, 0, China);
        _clock.Set(d(31, 23));
        async Task Complaint(string key, string unit, params (StatusKind Kind, DateTimeOffset At, string? Sat)[] steps)
        {
            var id = await _hub.SeedAsync("offline", key);
            await Post(id, StatusKind.Assigned, d(12, 9), unit);
            foreach (var (kind, at, sat) in steps) await Post(id, kind, at, satisfaction: sat);
        }
        await Complaint("a1", "古邵镇", (StatusKind.Contacted, d(12, 10), null), (StatusKind.FirstFeedback, d(12, 15), null), (StatusKind.Resolved, d(14, 9), null), (StatusKind.Callback, d(14, 17), "satisfied"));
        await Complaint("a2", "古邵镇", (StatusKind.Contacted, d(12, 10), null), (StatusKind.FirstFeedback, d(12, 15), null), (StatusKind.Resolved, d(16, 9), null), (StatusKind.Callback, d(16, 12), "dissatisfied"));
        await Complaint("b1", "区住建局", (StatusKind.Contacted, d(12, 13), null), (StatusKind.Resolved, d(23, 9), null));

        var rows = await _hub.Get<SupervisionQueries>().ReportAsync("2026-10");
        Assert.Equal(["古邵镇", "区住建局"], rows.Select(r => r.Unit));
        var top = rows[0];
        Assert.Equal((1, 2, 2, 2, 0, 0, 0.5), (top.Rank, top.Received, top.Closed, top.ClosedOnTime, top.Yellow, top.Red, top.SatisfactionRate!.Value));
        var late = rows[1];
        Assert.Equal((2, 1, 1, 0), (late.Rank, late.Received, late.Closed, late.ClosedOnTime));
        Assert.True(late.Yellow >= 3 && late.Red >= 2); // contact late; no first feedback; resolved after the 10-19 deadline and its red day; no call-back
        Assert.Null(late.SatisfactionRate);

        var csv = ReportCsv.Write(rows).ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("rank,unit,received,closed,closedOnTime,onTimeRate,yellow,red,satisfactionRate", csv[0]);
        Assert.Equal("1,古邵镇,2,2,2,1,0,0,0.5", csv[1]);
    }
}
