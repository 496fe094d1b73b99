namespace YiQiSuBan.Core.Dedupe;

/// <summary>Scores one pair of indexed complaints: identity agreement, text similarity, time gap → a <see cref="LinkKind"/>.</summary>
public sealed class PairScorer(DedupeOptions options)
{
    /// <summary>The link between <paramref name="x"/> and <paramref name="y"/>; an operator override wins.</summary>
    public DedupeLink Score(DedupeDoc x, DedupeDoc y, LinkKind? operatorOverride = null)
    {
        var (a, b) = DedupeLink.Ends(x.Id, y.Id);
        var agreed = new List<string>();
        var conflicting = new List<string>();
        foreach (var field in IdentityKeys.Fields)
        {
            var fx = x.Identity.Where(k => IdentityKeys.FieldOf(k) == field).ToHashSet(StringComparer.Ordinal);
            var fy = y.Identity.Where(k => IdentityKeys.FieldOf(k) == field).ToList();
            if (fx.Count == 0 || fy.Count == 0) continue;
            if (fy.Any(fx.Contains)) agreed.Add(field); else conflicting.Add(field);
        }
        var similarity = Math.Round(x.Shingles.Containment(y.Shingles), 4);
        var gap = Math.Round(Math.Abs(x.At - y.At) / 86400.0, 2);
        var crossChannel = x.Channel != y.Channel || !options.CrossChannelOnly;
        var identified = agreed.Any(f => f != IdentityKeys.SurnameField);
        var surnameOnly = !identified && agreed.Count > 0;
        var kind = operatorOverride ?? Decide(crossChannel && identified, crossChannel && surnameOnly, conflicting.Count > 0 || !crossChannel, similarity, gap);
        return new DedupeLink { A = a, B = b, Kind = kind, Agreed = agreed, Conflicting = conflicting, Similarity = similarity, GapDays = gap };
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
