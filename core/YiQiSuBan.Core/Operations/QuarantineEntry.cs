using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>A quarantine item with its status: open until a re-drive lets it pass.</summary>
public sealed record QuarantineEntry(QuarantineItem Item, string Status)
{
    public const string Open = "open";
    public const string Resolved = "resolved";
}
