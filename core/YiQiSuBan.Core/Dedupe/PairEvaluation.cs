namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Scores predicted links against labelled pairs the way the replay scorer does: duplicate groups are the
/// union-find closure of duplicateOf; a pair is related when one side (or its group root) lists the other or a
/// member of the other's group.
/// </summary>
public sealed class PairEvaluation
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _related = new(StringComparer.Ordinal);

    public PairEvaluation(IReadOnlyDictionary<string, (string? DuplicateOf, IReadOnlyList<string> Related)> complaints)
    {
        foreach (var (id, (dup, _)) in complaints)
            if (dup is not null) _parent[Find(id)] = Find(dup);
        foreach (var (id, (_, related)) in complaints)
            foreach (var r in related)
            {
                RelatedOf(id).Add(r);
                RelatedOf(r).Add(id);
            }
    }

    /// <summary>duplicate, related or different.</summary>
    public string Predict(string a, string b)
    {
        var (ga, gb) = (Find(a), Find(b));
        if (ga == gb) return "duplicate";
        foreach (var x in new[] { a, ga })
            if (_related.TryGetValue(x, out var ys) && ys.Any(y => y == b || Find(y) == gb)) return "related";
        return "different";
    }

    /// <summary>Scores for duplicate and related over <paramref name="pairs"/> with <paramref name="predict"/> (default: the links).</summary>
    public static IReadOnlyList<PairScores> Score(IEnumerable<LabelledPair> pairs, Func<string, string, string> predict)
    {
        var list = pairs.ToList();
        return new[] { "duplicate", "related" }.Select(label =>
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var p in list)
            {
                var predicted = predict(p.A, p.B);
                if (predicted == label && p.Label == label) tp++;
                else if (predicted == label) fp++;
                else if (p.Label == label) fn++;
            }
            return new PairScores(label, tp, fp, fn);
        }).ToList();
    }

    private HashSet<string> RelatedOf(string id) => _related.TryGetValue(id, out var s) ? s : _related[id] = new(StringComparer.Ordinal);

    private string Find(string x)
    {
        while (_parent.TryGetValue(x, out var p) && p != x)
        {
            if (_parent.TryGetValue(p, out var gp)) _parent[x] = gp;
            x = p;
        }
        return x;
    }
}
