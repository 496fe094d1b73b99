namespace YiQiSuBan.Core.Model;

/// <summary>The canonical complaint, schema version 1 (published as core/YiQiSuBan.Core/Schema/canonical-complaint.v1.schema.json).</summary>
public sealed record Complaint
{
    public const int CurrentSchemaVersion = 1;

    public required string Id { get; init; }
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string Channel { get; init; }
    public required string Origin { get; init; }
    public string? CollectorRole { get; init; }
    public required string SourceId { get; init; }
    public long? SourceVersion { get; init; }
    public string? SourceUrl { get; init; }
    public ComplaintKind? Kind { get; init; }
    public string? Title { get; init; }
    public required string Content { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public Complainant Complainant { get; init; } = new();
    public Enterprise? Enterprise { get; init; }
    public Location Location { get; init; } = new();
    public Category? Category { get; init; }
    public ComplaintStatus Status { get; init; } = new();
    public Deadlines Deadlines { get; init; } = new();
    public IReadOnlyList<Reply> Replies { get; init; } = [];
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    public string? DuplicateOf { get; init; }
    public IReadOnlyList<string> Related { get; init; } = [];
    public required string RawDigest { get; init; }
}

/// <summary>What the complainant asked for.</summary>
public enum ComplaintKind { Consultation, Help, Complaint, Report, Suggestion, Praise, Other }

/// <summary>The hub's state of a complaint.</summary>
public enum ComplaintState { New, Assigned, Processing, Replied, Closed, Withdrawn, Returned }

/// <summary>Who filed the complaint. Personal data: never logged.</summary>
public sealed record Complainant
{
    public string? Name { get; init; }
    public string? Phone { get; init; }
    public bool Confidential { get; init; }
}

/// <summary>The enterprise the complaint is about or filed by.</summary>
public sealed record Enterprise
{
    public string? Name { get; init; }
    public string? CreditCode { get; init; }
    public bool CreditCodeValid { get; init; }
}

/// <summary>Where the matter is.</summary>
public sealed record Location
{
    public string RegionCode { get; init; } = "370404";
    public string? Township { get; init; }
    public string? Address { get; init; }
}

/// <summary>Source classification mapped to the hub's code table.</summary>
public sealed record Category
{
    public string? Code { get; init; }
    public string? Name { get; init; }
    public string? SourceCode { get; init; }
    public string? SourceName { get; init; }
}

/// <summary>Hub state plus the state as the source wrote it.</summary>
public sealed record ComplaintStatus
{
    public ComplaintState State { get; init; } = ComplaintState.New;
    public string? SourceState { get; init; }
}

/// <summary>The source's own deadline and the 2151 deadlines.</summary>
public sealed record Deadlines
{
    public DateTimeOffset? Source { get; init; }
    public DateTimeOffset? ContactBy { get; init; }
    public DateTimeOffset? FirstFeedbackBy { get; init; }
    public DateTimeOffset? ResolveBy { get; init; }
}

/// <summary>An official reply the source already shows.</summary>
public sealed record Reply
{
    public string? Organization { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? At { get; init; }
}

/// <summary>A file attached at the source.</summary>
public sealed record Attachment
{
    public string? Name { get; init; }
    public string? Url { get; init; }
    public long? Size { get; init; }
    public string? Digest { get; init; }
}
