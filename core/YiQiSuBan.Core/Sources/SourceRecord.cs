namespace YiQiSuBan.Core.Sources;

/// <summary>
/// One record as a channel format carries it: flat source fields (names as in the channel document),
/// before any mapping. Parsers produce these; mappings turn them into complaints.
/// </summary>
public sealed record SourceRecord
{
    public required string Channel { get; init; }

    /// <summary>The record's id in its source (for offline rows: derived from the row's content).</summary>
    public required string SourceId { get; init; }

    /// <summary>The source's version number, when it has one.</summary>
    public long? Version { get; init; }

    /// <summary>When the source says the record last changed (update time, else submission time). Orders replay.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Event or document type, e.g. ORDER_URGE, appeal.withdrawn, list, detail.</summary>
    public string? EventType { get; init; }

    /// <summary>
    /// True when the record carries only part of the source record (a list row): its fields are merged
    /// into what is known, never replacing fields it does not carry.
    /// </summary>
    public bool IsPartial { get; init; }

    /// <summary>1-based row number in a batch (offline), for reports.</summary>
    public int? Row { get; init; }

    /// <summary>Source fields by their source name. Nested objects are flattened with dots (contact.phone).</summary>
    public required IReadOnlyDictionary<string, string?> Fields { get; init; }

    /// <summary>Official replies as source fields (null = this record does not say).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Replies { get; init; }

    /// <summary>Attachments as source fields (null = this record does not say).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>>? Attachments { get; init; }

    /// <summary>A field value, or null when absent or blank.</summary>
    public string? this[string field] => Fields.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;
}
