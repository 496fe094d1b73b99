namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Turns the links among a cluster of complaints into duplicate groups, as a function of the set alone (so any
/// arrival order gives the same groups): operator joins first, then identity-backed duplicates (never across an
/// operator split), then probable duplicates of complainants whose identity is unknown: such a group joins the one
/// identified complainant it resembles, or, when it resembles several, the one it is closest to (similarity less
/// <c>gapPenaltyPerDay</c> per day between the filings), or stays apart (related) on a tie. The root of a group is its
/// earliest filing. With <c>onePerChannel</c> a group never holds two complaints of one channel (a channel keeps its
/// own repeats under one source id).
/// </summary>
public static class GroupResolver
{
    public static Dictionary<string, string> Resolve(
        IReadOnlyDictionary<string, DedupeDoc> docs, IReadOnlyCollection<DedupeLink> links, bool onePerChannel = true, double gapPenaltyPerDay = 0)
    {
        var dsu = new Dsu(docs.Keys);
        bool Allowed(string rx, string ry) =>
            !onePerChannel || !dsu.Members(rx).Select(id => docs[id].Channel).Intersect(dsu.Members(ry).Select(id => docs[id].Channel)).Any();

        var inCluster = links.Where(l => docs.ContainsKey(l.A) && docs.ContainsKey(l.B)).ToList();
        var splits = inCluster.Where(l => l.Kind == LinkKind.Split).ToList();

        foreach (var l in Ordered(inCluster, LinkKind.Join)) dsu.Union(l.A, l.B);
        foreach (var l in Ordered(inCluster, LinkKind.Duplicate)) TryUnion(dsu, splits, l.A, l.B, Allowed);

        var probable = Ordered(inCluster, LinkKind.Probable).ToList();
        var anonymousRoots = docs.Keys.Select(dsu.Find).Distinct().Where(r => IsAnonymous(dsu, docs, r)).OrderBy(r => r, StringComparer.Ordinal).ToList();
        foreach (var root in anonymousRoots)
        {
            var current = dsu.Find(root);
            if (!IsAnonymous(dsu, docs, current)) continue;
            var targets = probable
                .Where(l => dsu.Find(l.A) == current ^ dsu.Find(l.B) == current)
                .Select(l => dsu.Find(l.A) == current ? l.B : l.A)
                .ToList();
            var identified = targets.Select(dsu.Find).Distinct().Count(r => !IsAnonymous(dsu, docs, r));
            if (identified >= 2)
            {
                // Resembles several identified complainants: it is the one whose filing is closest (similarity less the
                // gap penalty), unless two are equally close.
                var ranked = probable.Where(l => dsu.Find(l.A) == current ^ dsu.Find(l.B) == current)
                    .Select(l => (Link: l, Score: Math.Round(l.Similarity - gapPenaltyPerDay * l.GapDays, 4)))
                    .OrderByDescending(x => x.Score).ToList();
                if (ranked.Count >= 2 && ranked[0].Score > ranked[1].Score)
                    TryUnion(dsu, splits, ranked[0].Link.A, ranked[0].Link.B, Allowed);
                continue;
            }
            foreach (var t in targets) TryUnion(dsu, splits, current, t, Allowed);
        }

        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in docs.Values.GroupBy(d => dsu.Find(d.Id)))
        {
            var earliest = group.OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal).First().Id;
            foreach (var d in group) roots[d.Id] = earliest;
        }
        return roots;
    }

    private static IEnumerable<DedupeLink> Ordered(IEnumerable<DedupeLink> links, LinkKind kind) =>
        links.Where(l => l.Kind == kind).OrderByDescending(l => l.Similarity).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal);

    private static bool IsAnonymous(Dsu dsu, IReadOnlyDictionary<string, DedupeDoc> docs, string root) =>
        dsu.Members(root).All(id => docs[id].IsAnonymous);

    private static void TryUnion(Dsu dsu, List<DedupeLink> splits, string x, string y, Func<string, string, bool> allowed)
    {
        var (rx, ry) = (dsu.Find(x), dsu.Find(y));
        if (rx == ry || !allowed(rx, ry)) return;
        if (splits.Any(s => (dsu.Find(s.A) == rx && dsu.Find(s.B) == ry) || (dsu.Find(s.A) == ry && dsu.Find(s.B) == rx))) return;
        dsu.Union(rx, ry);
    }

    /// <summary>Union-find over string ids, keeping each set's members.</summary>
    private sealed class Dsu
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _members = new(StringComparer.Ordinal);

        public Dsu(IEnumerable<string> ids)
        {
            foreach (var id in ids)
            {
                _parent[id] = id;
                _members[id] = [id];
            }
        }

        public string Find(string id)
        {
            while (_parent[id] != id)
            {
                _parent[id] = _parent[_parent[id]];
                id = _parent[id];
            }
            return id;
        }

        public IReadOnlyList<string> Members(string root) => _members[Find(root)];

        public void Union(string x, string y)
        {
            var (rx, ry) = (Find(x), Find(y));
            if (rx == ry) return;
            if (string.CompareOrdinal(ry, rx) < 0) (rx, ry) = (ry, rx);
            _parent[ry] = rx;
            _members[rx].AddRange(_members[ry]);
            _members.Remove(ry);
        }
    }
}
