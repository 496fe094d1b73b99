namespace YiQiSuBan.Core.Status;

/// <summary>A status as stored on a complaint's timeline: the update, when it arrived, and whether it moved the state.</summary>
public sealed record StoredStatus
{
    public long Id { get; init; }
    public required string ComplaintId { get; init; }
    public required StatusUpdate Update { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>False when an older status arrived after a newer one: kept, but the state did not move back.</summary>
    public bool Applied { get; init; }
}
