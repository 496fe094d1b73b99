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

    /// <summary>The stored document of <paramref name="doc"/>, its operator corrections and its candidates (with the corrected partners among them).</summary>
    public async Task<MatchReading> ReadAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, CancellationToken ct)
    {
        var window = options.WindowDays * 86400L;
        var reading = await index.ReadForMatchAsync(session, doc.Id, lookupKeys, doc.At - window, doc.At + window, options.MaxCandidatesPerKey, ct);
        return reading with { Candidates = await WithAsync(session, reading.Candidates, reading.Overrides.Keys, ct) };
    }

    /// <summary><paramref name="found"/> and the documents of <paramref name="alsoIds"/> (operator-corrected partners), by id.</summary>
    private async Task<IReadOnlyList<DedupeDoc>> WithAsync(IHubSession session, IReadOnlyList<DedupeDoc> found, IEnumerable<string> alsoIds, CancellationToken ct)
    {
        var missing = alsoIds.Except(found.Select(d => d.Id), StringComparer.Ordinal).ToList();
        var docs = missing.Count == 0 ? found : [.. found, .. await index.GetDocsAsync(session, missing, ct)];
        return docs.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
