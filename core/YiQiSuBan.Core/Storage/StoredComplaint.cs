using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Storage;

/// <summary>
/// A complaint as the store keeps it: the merged source record it was mapped from, and the mapped
/// complaint (null while only partial rows, e.g. list rows, are known).
/// </summary>
public sealed record StoredComplaint
{
    public required string Id { get; init; }
    public required SourceRecord Snapshot { get; init; }
    public Complaint? Complaint { get; init; }

    /// <summary>Digest of the complaint's content, ignoring raw digest and receipt time: "did anything change?".</summary>
    public string? ContentHash { get; init; }
    public string? MappingVersion { get; init; }
    public long RawId { get; init; }
}
