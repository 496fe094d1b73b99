using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>How stored JSON columns are written and read, the same for both dialects.</summary>
internal static class StoreJson
{
    /// <summary>Any value's JSON as UTF-8 (complaints and source records inside it are written once, see <see cref="HubJson"/>).</summary>
    public static byte[] Utf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, HubJson.Options);

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, HubJson.Options)!;

    public static StoredComplaint ToStored(string id, string snapshot, string? complaint, string? hash, string? mappingVersion, long rawId) => new()
    {
        Id = id,
        Snapshot = Read<SourceRecord>(snapshot),
        Complaint = complaint is null ? null : Read<Complaint>(complaint),
        ContentHash = hash,
        MappingVersion = mappingVersion,
        RawId = rawId,
    };
}
