using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Calendar;

/// <summary>
/// The district's 2151 rule from the moment a complaint is handed over: contact within 2 hours,
/// first opinion within 1 (calendar) day, solved within 5 working days.
/// </summary>
public static class Deadlines2151
{
    public static readonly TimeSpan Contact = TimeSpan.FromHours(2);
    public static readonly TimeSpan FirstFeedback = TimeSpan.FromDays(1);
    public const int ResolveWorkingDays = 5;

    public static Deadlines Compute(DateTimeOffset handedOver, DateTimeOffset? sourceDeadline, WorkingCalendar calendar) => new()
    {
        Source = sourceDeadline,
        ContactBy = handedOver + Contact,
        FirstFeedbackBy = handedOver + FirstFeedback,
        ResolveBy = calendar.AddWorkingDays(handedOver, ResolveWorkingDays),
    };
}
