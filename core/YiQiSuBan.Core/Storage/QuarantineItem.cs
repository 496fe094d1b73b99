namespace YiQiSuBan.Core.Storage;

/// <summary>A record or payload the pipeline could not take, with the stage and an operator-readable reason.</summary>
public sealed record QuarantineItem
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string File { get; init; }
    public long? RawId { get; init; }
    public int? Row { get; init; }
    public string? SourceId { get; init; }

    /// <summary>parse, map, validate or store.</summary>
    public required string Stage { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset At { get; init; }
}
