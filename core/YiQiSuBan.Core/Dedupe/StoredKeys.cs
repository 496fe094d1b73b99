namespace YiQiSuBan.Core.Dedupe;

/// <summary>What the index holds for a complaint before it is re-indexed: its document and the lookup keys it was stored under.</summary>
public sealed record StoredKeys(DedupeDoc Doc, IReadOnlyList<string> Keys);
