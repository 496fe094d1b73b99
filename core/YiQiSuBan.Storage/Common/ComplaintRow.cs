namespace YiQiSuBan.Storage.Common;

/// <summary>The current complaint row as both dialects read it (JSON columns as text).</summary>
internal sealed record ComplaintRow(string Id, string Snapshot, string? ComplaintJson, string? ContentHash, string? MappingVersion, long RawId)
{
    /// <summary>The select list that fills this row, the same in both dialects.</summary>
    public const string Select =
        "SELECT id, snapshot, complaint AS ComplaintJson, content_hash AS ContentHash, mapping_version AS MappingVersion, raw_id AS RawId FROM current_complaints WHERE id = @id";

    public Core.Storage.StoredComplaint ToStored() => StoreJson.ToStored(Id, Snapshot, ComplaintJson, ContentHash, MappingVersion, RawId);
}
