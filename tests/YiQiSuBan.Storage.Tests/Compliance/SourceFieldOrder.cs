using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>
/// Source fields are a map: a store may give them back in another order (PostgreSQL's jsonb sorts keys, and a store
/// upgraded from jsonb keeps that order), so stored records are compared with their fields in key order.
/// </summary>
internal static class SourceFieldOrder
{
    public static StoredComplaint InKeyOrder(StoredComplaint c) =>
        c with { Snapshot = c.Snapshot with { Fields = new SortedDictionary<string, string?>(c.Snapshot.Fields.ToDictionary(), StringComparer.Ordinal) } };
}
