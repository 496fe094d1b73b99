using YiQiSuBan.Core.Calendar;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Supervision;

/// <summary>
/// Applies the 2151 rule to a status timeline: the clock starts at the first accepted/assigned status; contact
/// within 2 h, first feedback within 1 day, resolved within 5 working days, call-back within 1 day after resolving.
/// A missed deadline is a yellow card; still unmet one working day later, a red card. A complaint returned
/// (and not assigned again) is no longer supervised.
/// </summary>
public sealed class SupervisionClock(WorkingCalendar calendar)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public ComplaintSupervision? Evaluate(string complaintId, IReadOnlyList<StoredStatus> timeline, DateTimeOffset now)
    {
        var ordered = timeline.OrderBy(s => s.Update.At).ThenBy(s => s.Id).ToList();
        var start = ordered.FirstOrDefault(s => s.Update.Kind is StatusKind.Assigned or StatusKind.Accepted);
        if (start is null) return null;
        if (ordered.LastOrDefault(s => s.Applied)?.Update.Kind == StatusKind.Returned) return null;
        var handedOver = start.Update.At.ToOffset(China);
        DateTimeOffset? First(StatusKind kind, DateTimeOffset? after = null) =>
            ordered.FirstOrDefault(s => s.Update.Kind == kind && (after is null || s.Update.At >= after))?.Update.At.ToOffset(China);

        var resolved = First(StatusKind.Resolved);
        var checks = new List<MilestoneCheck>
        {
            Check(Milestone.Contact, handedOver + Deadlines2151.Contact, First(StatusKind.Contacted), now),
            Check(Milestone.FirstFeedback, handedOver + Deadlines2151.FirstFeedback, First(StatusKind.FirstFeedback), now),
            Check(Milestone.Resolve, calendar.AddWorkingDays(handedOver, Deadlines2151.ResolveWorkingDays), resolved, now),
        };
        var callback = resolved is { } r ? ordered.FirstOrDefault(s => s.Update.Kind == StatusKind.Callback && s.Update.At >= r) : null;
        if (resolved is { } closed) checks.Add(Check(Milestone.Callback, closed + CallbackWithin, callback?.Update.At.ToOffset(China), now));
        return new ComplaintSupervision
        {
            ComplaintId = complaintId, Unit = HandlingUnits.Current(ordered), HandedOverAt = handedOver, ResolvedAt = resolved,
            Milestones = checks, Satisfaction = callback?.Update.Satisfaction, CallbackAt = callback?.Update.At.ToOffset(China),
        };
    }

    /// <summary>Call-back is due 1 day after closing.</summary>
    public static readonly TimeSpan CallbackWithin = TimeSpan.FromDays(1);

    private MilestoneCheck Check(Milestone milestone, DateTimeOffset due, DateTimeOffset? met, DateTimeOffset now)
    {
        var redAt = calendar.AddWorkingDays(due, 1);
        var reference = met ?? now;
        var level = reference > redAt ? CardLevel.Red : reference > due ? CardLevel.Yellow : CardLevel.None;
        return new MilestoneCheck { Milestone = milestone, Due = due, RedAt = redAt, MetAt = met, Level = level };
    }
}
