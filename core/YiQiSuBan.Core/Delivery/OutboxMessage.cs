namespace YiQiSuBan.Core.Delivery;

/// <summary>
/// One message waiting in the outbox: a feed event for the case system or a status forward for a channel's
/// back channel. Messages with the same <see cref="OrderingKey"/> are delivered strictly in id order.
/// </summary>
public sealed record OutboxMessage
{
    public long Id { get; init; }

    /// <summary>Stable id sent as webhook-id / requestId: a redelivery carries the same one.</summary>
    public required string EventId { get; init; }

    /// <summary>Who receives it (see <see cref="OutboxTargets"/>).</summary>
    public required string Target { get; init; }

    /// <summary>Target + complaint: a failed message holds back later ones of the same key only.</summary>
    public required string OrderingKey { get; init; }

    public required string ComplaintId { get; init; }

    /// <summary>The JSON the sender renders and sends.</summary>
    public required string Body { get; init; }

    /// <summary>pending, delivered or parked (see <see cref="OutboxStatus"/>).</summary>
    public string Status { get; init; } = OutboxStatus.Pending;

    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>Why the last attempt failed (never personal data: status codes and counterpart codes only).</summary>
    public string? LastError { get; init; }

    /// <summary>The ordering key for a target and complaint.</summary>
    public static string KeyFor(string target, string complaintId) => target + "|" + complaintId;
}
