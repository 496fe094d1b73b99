namespace YiQiSuBan.Core.Dedupe;

/// <summary>What the index holds for a complaint before it is re-indexed: its document and the lookup keys it was stored under.</summary>
public sealed record StoredKeys(DedupeDoc Doc, IReadOnlyList<string> Keys)
{
    /// <summary>
    /// The keys <paramref name="stored"/> was indexed under, for re-indexing it as <paramref name="current"/> (whose keys
    /// are <paramref name="currentKeys"/>): the same keys when identity and bigrams are unchanged (a status change, a
    /// reply: most new versions), else worked out again from the stored document.
    /// </summary>
    public static StoredKeys Of(DedupeDoc stored, DedupeDoc current, IReadOnlyList<string> currentKeys) =>
        new(stored, stored.Identity.SequenceEqual(current.Identity, StringComparer.Ordinal) && stored.Shingles.Items.SequenceEqual(current.Shingles.Items)
            ? currentKeys
            : CandidateFinder.LookupKeys(stored));
}
