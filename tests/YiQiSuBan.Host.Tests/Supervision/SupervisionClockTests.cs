using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Supervision;

/// <summary>2151 due times and cards on the real calendar files (weekends, holidays, 调休 working weekends).</summary>
public sealed class SupervisionClockTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly SupervisionClock _clock = new(Hub.Catalog.Calendar);

    private static DateTimeOffset At(string local) =>
        new(DateTime.ParseExact(local, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), China);

    private static StoredStatus S(int id, StatusKind kind, string at, string? satisfaction = null) =>
        new() { Id = id, ComplaintId = "c", Applied = true, Update = new StatusUpdate { Kind = kind, At = At(at), HandlingUnit = kind == StatusKind.Assigned ? "区住建局" : null, Satisfaction = satisfaction } };

    [Theory]
    [InlineData("2023-09-28 15:00", "2023-10-11 15:00", "2023-10-12 15:00")] // National Day 2023, 10-07/10-08 are 调休 working weekend days
    [InlineData("2024-09-27 10:00", "2024-10-10 10:00", "2024-10-11 10:00")] // 09-29 (Sunday) works, 10-01..07 off
    [InlineData("2025-01-24 09:00", "2025-02-07 09:00", "2025-02-08 09:00")] // Spring Festival 2025: 01-26 Sunday works; red on Saturday 02-08 (调休)
    [InlineData("2026-02-13 09:00", "2026-02-27 09:00", "2026-02-28 09:00")] // Spring Festival 2026: 02-14 Saturday works; red on Saturday 02-28 (调休)
    [InlineData("2026-03-06 17:00", "2026-03-13 17:00", "2026-03-16 17:00")] // plain Friday: weekend skipped, red on Monday
    public void Resolve_due_counts_working_days_and_red_follows_one_working_day_later(string handedOver, string due, string red)
    {
        var result = _clock.Evaluate("c", [S(1, StatusKind.Assigned, handedOver)], At(handedOver))!;
        var resolve = result.Get(Milestone.Resolve)!;
        Assert.Equal(At(due), resolve.Due);
        Assert.Equal(At(red), resolve.RedAt);
        Assert.Equal(At(handedOver).AddHours(2), result.Get(Milestone.Contact)!.Due);
        Assert.Equal(At(handedOver).AddDays(1), result.Get(Milestone.FirstFeedback)!.Due);
    }

    [Fact]
    public void Missed_contact_is_yellow_then_red_one_working_day_later_across_a_holiday()
    {
        // handed over before 2024 Dragon Boat (06-10 Monday off): contact due Friday 06-07 18:00, red on Tuesday 06-11 18:00
        var timeline = new[] { S(1, StatusKind.Assigned, "2024-06-07 16:00") };
        Assert.Equal(CardLevel.None, _clock.Evaluate("c", timeline, At("2024-06-07 17:59"))!.Get(Milestone.Contact)!.Level);
        Assert.Equal(CardLevel.Yellow, _clock.Evaluate("c", timeline, At("2024-06-07 18:01"))!.Get(Milestone.Contact)!.Level);
        Assert.Equal(CardLevel.Yellow, _clock.Evaluate("c", timeline, At("2024-06-11 17:59"))!.Get(Milestone.Contact)!.Level);
        Assert.Equal(CardLevel.Red, _clock.Evaluate("c", timeline, At("2024-06-11 18:01"))!.Get(Milestone.Contact)!.Level);
    }

    [Fact]
    public void Met_late_keeps_yellow_but_never_turns_red_and_callback_runs_from_closing()
    {
        var timeline = new[]
        {
            S(1, StatusKind.Assigned, "2026-03-02 09:00"), S(2, StatusKind.Contacted, "2026-03-02 12:00"),
            S(3, StatusKind.FirstFeedback, "2026-03-02 20:00"), S(4, StatusKind.Resolved, "2026-03-05 10:00"),
        };
        var result = _clock.Evaluate("c", timeline, At("2026-03-20 00:00"))!;
        Assert.Equal(CardLevel.Yellow, result.Get(Milestone.Contact)!.Level);
        Assert.Equal(CardLevel.None, result.Get(Milestone.FirstFeedback)!.Level);
        Assert.Equal(CardLevel.None, result.Get(Milestone.Resolve)!.Level);
        Assert.Equal(At("2026-03-06 10:00"), result.Get(Milestone.Callback)!.Due);
        Assert.Equal(CardLevel.Red, result.Get(Milestone.Callback)!.Level);
    }

    [Fact]
    public void A_returned_complaint_is_not_supervised() =>
        Assert.Null(_clock.Evaluate("c", [S(1, StatusKind.Assigned, "2026-03-02 09:00"), S(2, StatusKind.Returned, "2026-03-02 10:00")], At("2026-04-01 00:00")));
}
