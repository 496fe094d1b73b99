using System.Data.Common;
using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Storage.Common;

/// <summary>A dedupe_docs row as both dialects read it (columns in this order), and its document; the SQL both dialects share for it.</summary>
internal sealed record DedupeDocRow(string complaint_id, string channel, long at, string text, string identity, string group_root, byte[]? shingles)
{
    public const string Columns = "complaint_id, channel, at, text, identity, group_root, shingles";

    /// <summary>Inserts or updates a document; parameters 1-7 are <see cref="Columns"/> in order, named by <paramref name="parameter"/> (the dialect's style).</summary>
    public static string Upsert(Func<int, string> parameter) =>
        $"""
        INSERT INTO dedupe_docs({Columns}) VALUES ({string.Join(", ", Enumerable.Range(1, 7).Select(parameter))})
        ON CONFLICT(complaint_id) DO UPDATE SET at = excluded.at, text = excluded.text, identity = excluded.identity, shingles = excluded.shingles
        """;

    /// <summary>The document of the reader's current row (columns <see cref="Columns"/> first).</summary>
    public static DedupeDoc Read(DbDataReader reader) =>
        new DedupeDocRow(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<byte[]>(6)).ToDoc();

    public DedupeDoc ToDoc() => new()
    {
        Id = complaint_id, Channel = channel, At = at, Text = text, GroupRoot = group_root,
        Shingles = shingles is null ? ShingleSet.Of(text) : ShingleSet.FromBytes(shingles),
        Identity = identity.Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };
}
