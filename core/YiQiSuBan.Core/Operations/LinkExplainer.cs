using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>The <c>dedupe explain</c> text of a pair (shared by the verb and the console); null when a side is not indexed.</summary>
public sealed class LinkExplainer(IDedupeIndex index, DedupeOptions options)
{
    public async Task<string?> ExplainAsync(IHubSession session, string a, string b, CancellationToken ct)
    {
        var docs = (await index.GetDocsAsync(session, [a, b], ct)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        if (!docs.TryGetValue(a, out var x) || !docs.TryGetValue(b, out var y)) return null;
        var overrides = await index.OverridesOfAsync(session, a, ct);
        var stored = (await index.LinksOfAsync(session, [a], ct)).FirstOrDefault(l => l.Other(a) == b);
        var scored = new PairScorer(options).Score(x, y, overrides.TryGetValue(b, out var o) ? o : null);
        return PairExplanation.Write(scored, stored, x, y, options);
    }
}
