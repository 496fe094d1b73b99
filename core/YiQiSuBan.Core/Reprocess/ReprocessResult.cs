namespace YiQiSuBan.Core.Reprocess;

/// <summary>What a reprocess run found (and, unless a dry run, did): counts and how many complaints changed per field.</summary>
public sealed class ReprocessResult
{
    public required string Channel { get; init; }
    public required string MappingVersion { get; init; }
    public bool DryRun { get; init; }
    public int Payloads { get; set; }
    public int Complaints { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public List<string> Changed { get; } = [];
    public SortedDictionary<string, int> FieldCounts { get; } = new(StringComparer.Ordinal);
}
