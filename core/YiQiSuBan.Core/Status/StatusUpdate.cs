namespace YiQiSuBan.Core.Status;

/// <summary>One status report from the case system (body of POST /api/v1/complaints/{id}/status).</summary>
public sealed record StatusUpdate
{
    public StatusKind Kind { get; init; }

    /// <summary>When it happened (not when it reached the hub).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The handling unit; required for assigned.</summary>
    public string? HandlingUnit { get; init; }

    /// <summary>Why it was returned; required for returned.</summary>
    public string? Reason { get; init; }

    /// <summary>satisfied, basicallySatisfied or dissatisfied; required for callback.</summary>
    public string? Satisfaction { get; init; }

    /// <summary>Free text passed on to the channel (feedback, result).</summary>
    public string? Content { get; init; }

    public string? Operator { get; init; }

    public static readonly IReadOnlySet<string> Satisfactions = new HashSet<string>(StringComparer.Ordinal) { "satisfied", "basicallySatisfied", "dissatisfied" };

    /// <summary>A reason the update cannot be taken, or null.</summary>
    public string? Problem() => Kind switch
    {
        _ when At == default => "at is required",
        StatusKind.Assigned when string.IsNullOrWhiteSpace(HandlingUnit) => "assigned needs handlingUnit",
        StatusKind.Returned when string.IsNullOrWhiteSpace(Reason) => "returned needs reason",
        StatusKind.Callback when Satisfaction is null || !Satisfactions.Contains(Satisfaction) => "callback needs satisfaction: satisfied, basicallySatisfied or dissatisfied",
        _ => null,
    };
}
