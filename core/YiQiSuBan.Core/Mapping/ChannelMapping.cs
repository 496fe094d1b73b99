namespace YiQiSuBan.Core.Mapping;

/// <summary>
/// The declarative mapping of one channel (mappings/CHANNEL.json): which source fields become which
/// canonical fields. Operators edit it without a rebuild; <see cref="Version"/> is recorded with every complaint version.
/// </summary>
public sealed record ChannelMapping
{
    public required string Channel { get; init; }
    public required string Version { get; init; }

    public required FieldRule Origin { get; init; }
    public FieldRule? CollectorRole { get; init; }
    public FieldRule? SourceUrl { get; init; }
    public FieldRule? Kind { get; init; }
    public FieldRule? Title { get; init; }
    public required FieldRule Content { get; init; }
    public FieldRule? SubmittedAt { get; init; }

    public FieldRule? ComplainantName { get; init; }
    public FieldRule? Phone { get; init; }
    public FieldRule? Confidential { get; init; }

    public FieldRule? EnterpriseName { get; init; }
    public FieldRule? CreditCode { get; init; }

    /// <summary>Fields tried in order: a 9-digit code, a township name, or text to search.</summary>
    public FieldRule? Township { get; init; }
    public FieldRule? Address { get; init; }

    public FieldRule? CategoryCode { get; init; }
    public FieldRule? CategoryName { get; init; }

    /// <summary>Code table from source category (code, else name) to the hub's category code.</summary>
    public string? CategoryTable { get; init; }

    /// <summary>Source state; its table maps it to a hub state name.</summary>
    public FieldRule? State { get; init; }

    /// <summary>Event types that set the state whatever the record says (ORDER_REVOKE → withdrawn).</summary>
    public IReadOnlyDictionary<string, string> EventStates { get; init; } = new Dictionary<string, string>();

    public FieldRule? SourceDeadline { get; init; }

    /// <summary>When the complaint was handed to the district: the start of the 2151 clock.</summary>
    public FieldRule? HandedOverAt { get; init; }

    public ReplyRules? Reply { get; init; }
    public AttachmentRules? Attachment { get; init; }
}

/// <summary>Field rules applied to each source reply.</summary>
public sealed record ReplyRules
{
    public FieldRule? Organization { get; init; }
    public FieldRule? Content { get; init; }
    public FieldRule? At { get; init; }
}

/// <summary>Field rules applied to each source attachment.</summary>
public sealed record AttachmentRules
{
    public FieldRule? Name { get; init; }
    public FieldRule? Url { get; init; }
    public FieldRule? Size { get; init; }
    public FieldRule? Digest { get; init; }
}
