namespace YiQiSuBan.Core.Dedupe;

/// <summary>Scores one pair of indexed complaints: identity agreement, text similarity, time gap → a <see cref="LinkKind"/>.</summary>
public sealed class PairScorer(DedupeOptions options)
{
    /// <summary>The link between <paramref name="x"/> and <paramref name="y"/>; an operator override wins.</summary>
    public DedupeLink Score(DedupeDoc x, DedupeDoc y, LinkKind? operatorOverride = null)
    {
        var (a, b) = DedupeLink.Ends(x.Id, y.Id);
        var (agreed, conflicting) = CompareIdentity(x.Identity, y.Identity);
        var similarity = Math.Round(x.Shingles.Containment(y.Shingles), 4);
        var gap = Math.Round(Math.Abs(x.At - y.At) / 86400.0, 2);
        var crossChannel = x.Channel != y.Channel || !options.CrossChannelOnly;
        var identified = agreed.Any(f => f != IdentityKeys.SurnameField);
        var surnameOnly = !identified && agreed.Count > 0;
        var kind = operatorOverride ?? Decide(crossChannel && identified, crossChannel && surnameOnly, conflicting.Count > 0 || !crossChannel, similarity, gap);
        return new DedupeLink { A = a, B = b, Kind = kind, Agreed = agreed, Conflicting = conflicting, Similarity = similarity, GapDays = gap };
    }

    /// <summary>
    /// Per identity field both sides have: agreed when they share a key of it, else conflicting. Identities are a few
    /// keys each, so plain loops (a match scores every candidate, most of them strangers).
    /// </summary>
    private static (List<string> Agreed, List<string> Conflicting) CompareIdentity(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        List<string> agreed = [], conflicting = [];
        foreach (var field in IdentityKeys.Fields)
        {
            bool inX = false, inY = false, shared = false;
            foreach (var k in x)
            {
                if (!IdentityKeys.IsOf(k, field)) continue;
                inX = true;
                foreach (var other in y) shared |= string.Equals(k, other, StringComparison.Ordinal);
            }
            foreach (var k in y) inY |= IdentityKeys.IsOf(k, field);
            if (inX && inY) (shared ? agreed : conflicting).Add(field);
        }
        return (agreed, conflicting);
    }

    /// <summary>
    /// <paramref name="agreed"/>: an identifying key agrees; <paramref name="surnameOnly"/>: only the surname agrees (weak:
    /// it needs the closer text an anonymous pair needs); <paramref name="conflicting"/>: known to be different complainants
    /// (an identity field or the surname differs, or the same channel).
    /// </summary>
    private LinkKind Decide(bool agreed, bool surnameOnly, bool conflicting, double similarity, double gapDays)
    {
        var inWindow = gapDays <= options.WindowDays;
        var penalty = options.GapPenalty * gapDays / options.WindowDays;
        if (agreed && inWindow && similarity >= options.DuplicateSimilarity + penalty) return LinkKind.Duplicate;
        if (surnameOnly && !conflicting && inWindow && similarity >= options.AnonymousDuplicateSimilarity + penalty) return LinkKind.Duplicate;
        if (!agreed && !conflicting && inWindow && similarity >= options.AnonymousDuplicateSimilarity + penalty) return LinkKind.Probable;
        if (!agreed && inWindow && similarity >= options.RelatedSimilarity) return LinkKind.Related;
        return LinkKind.None;
    }
}
