namespace YiQiSuBan.Core.Pipeline;

/// <summary>What one payload did to the store.</summary>
public sealed record IngestReport
{
    public required string Channel { get; init; }
    public required string File { get; init; }
    public bool DuplicatePayload { get; init; }
    public int Records { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Stale { get; set; }
    public List<Storage.QuarantineItem> Quarantined { get; } = [];
    public List<Model.FeedEvent> Events { get; } = [];
}
