using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// The candidate step of matching: a complaint's lookup keys (identifying keys and MinHash-LSH band keys) and the
/// stored complaints, filed within the window, that share one of them.
/// </summary>
public sealed class CandidateFinder(IDedupeIndex index, DedupeOptions options)
{
    /// <summary>The keys a complaint is stored under and looked up by.</summary>
    public static IReadOnlyList<string> LookupKeys(DedupeDoc doc) =>
        doc.IdentifyingKeys.Concat(MinHashLsh.BandKeys(doc.Shingles)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Stored complaints sharing a lookup key with <paramref name="doc"/> within the window, plus <paramref name="alsoIds"/>.</summary>
    public async Task<IReadOnlyList<DedupeDoc>> FindAsync(
        IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, IEnumerable<string> alsoIds, CancellationToken ct)
    {
        var (from, to) = Window(doc);
        var found = await index.FindCandidatesAsync(session, lookupKeys, from, to, doc.Id, options.MaxCandidatesPerKey, ct);
        return await WithAsync(session, found, alsoIds, ct);
    }

    /// <summary>The stored document of <paramref name="doc"/>, its operator corrections and its candidates (with the corrected partners among them).</summary>
    public async Task<MatchReading> ReadAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, CancellationToken ct)
    {
        var (from, to) = Window(doc);
        var reading = await index.ReadForMatchAsync(session, doc.Id, lookupKeys, from, to, options.MaxCandidatesPerKey, ct);
        return reading with { Candidates = await WithAsync(session, reading.Candidates, reading.Overrides.Keys, ct) };
    }

    private (long From, long To) Window(DedupeDoc doc) => (doc.At - options.WindowDays * 86400L, doc.At + options.WindowDays * 86400L);

    private async Task<IReadOnlyList<DedupeDoc>> WithAsync(IHubSession session, IReadOnlyList<DedupeDoc> found, IEnumerable<string> alsoIds, CancellationToken ct)
    {
        var missing = alsoIds.Except(found.Select(d => d.Id), StringComparer.Ordinal).ToList();
        var docs = missing.Count == 0 ? found : [.. found, .. await index.GetDocsAsync(session, missing, ct)];
        return docs.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
