using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>A status on its way to a source channel's back channel (the outbox body; rendered by the channel's sender).</summary>
public sealed record ChannelStatusForward
{
    public required string ComplaintId { get; init; }

    /// <summary>The channel's own id: orderNo, appealId or ZBDH.</summary>
    public required string SourceId { get; init; }

    public required StatusKind Kind { get; init; }
    public DateTimeOffset At { get; init; }
    public string? HandlingUnit { get; init; }
    public string? Reason { get; init; }
    public string? Content { get; init; }
    public string? Operator { get; init; }

    /// <summary>Idempotency key the counterpart sees (requestId): the same forward always has the same one.</summary>
    public required string RequestId { get; init; }
}
