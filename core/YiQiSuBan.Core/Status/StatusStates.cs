using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Status;

/// <summary>The hub state a status report puts a complaint in.</summary>
public static class StatusStates
{
    public static ComplaintState StateOf(StatusKind kind) => kind switch
    {
        StatusKind.Accepted or StatusKind.Assigned => ComplaintState.Assigned,
        StatusKind.Contacted => ComplaintState.Processing,
        StatusKind.FirstFeedback => ComplaintState.Replied,
        StatusKind.Resolved or StatusKind.Callback => ComplaintState.Closed,
        StatusKind.Returned => ComplaintState.Returned,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
