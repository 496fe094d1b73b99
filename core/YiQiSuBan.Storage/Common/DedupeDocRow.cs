using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Storage.Common;

/// <summary>A dedupe_docs row as both dialects read it (columns in this order), and its document.</summary>
internal sealed record DedupeDocRow(string complaint_id, string channel, long at, string text, string identity, string group_root, byte[]? shingles)
{
    public const string Columns = "complaint_id, channel, at, text, identity, group_root, shingles";

    public DedupeDoc ToDoc() => new()
    {
        Id = complaint_id, Channel = channel, At = at, Text = text, GroupRoot = group_root,
        Shingles = shingles is null ? ShingleSet.Of(text) : ShingleSet.FromBytes(shingles),
        Identity = identity.Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };
}
