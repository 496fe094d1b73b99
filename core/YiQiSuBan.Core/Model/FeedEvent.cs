namespace YiQiSuBan.Core.Model;

/// <summary>One change on the ordered feed.</summary>
public sealed record FeedEvent
{
    public long Seq { get; init; }
    public required string Type { get; init; }
    public required string ComplaintId { get; init; }
    public DateTimeOffset At { get; init; }
    public Complaint? Complaint { get; init; }

    /// <summary>complaint.overdue only: yellow or red.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Level { get; init; }

    /// <summary>complaint.overdue only: the missed 2151 milestone (contact, firstFeedback, resolve, callback).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Milestone { get; init; }
}

/// <summary>Feed event type names.</summary>
public static class FeedEventTypes
{
    public const string Created = "complaint.created";
    public const string Updated = "complaint.updated";
    public const string Duplicate = "complaint.duplicate";
    public const string Withdrawn = "complaint.withdrawn";
    public const string Quarantined = "record.quarantined";
    public const string Overdue = "complaint.overdue";
}
