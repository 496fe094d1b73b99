using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>The store-free part of matching a complaint: its document (normalized text, bigrams, identity keys) and lookup keys.</summary>
public sealed record PreparedMatch(DedupeDoc Doc, IReadOnlyList<string> LookupKeys)
{
    /// <summary>Works both out (the bigrams too, so nothing is left to do lazily on the writer).</summary>
    public static PreparedMatch Of(Complaint complaint)
    {
        var doc = DedupeDoc.From(complaint);
        return new PreparedMatch(doc, CandidateFinder.LookupKeys(doc));
    }
}
