using System.Runtime.CompilerServices;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Cross-channel deduplication inside the ingest transaction. Each complaint is indexed (identity keys and MinHash-LSH
/// band keys); candidates filed within the window are scored pair by pair (<see cref="PairScorer"/>); the links are
/// kept with their reasons; the cluster around the complaint is regrouped from its links (<see cref="GroupResolver"/>),
/// so the groups do not depend on arrival order. Complaints of the regrouped cluster whose DuplicateOf or Related changed
/// are handed back as a <see cref="MatchFollowUp"/>, with a hotspot alert when a matter's complainants grow fast.
/// A related relation is recorded on the newer complaint only: a complaint is not re-sent because a later one (of
/// another complainant) is about the same matter, so a hotspot of N complaints costs N versions, not N²; the case system
/// reads related as symmetric, and hotspot alerts carry the whole matter.
/// </summary>
public sealed class DedupeMatcher(IDedupeIndex index, DedupeOptions options) : IComplaintMatcher
{
    private readonly PairScorer _scorer = new(options);
    private readonly HotspotDetector _hotspots = new(index, options);
    private readonly CandidateFinder _finder = new(index, options);
    private readonly ConditionalWeakTable<IHubSession, MatchFollowUp> _pending = [];
    private readonly ConditionalWeakTable<Complaint, PreparedMatch> _prepared = [];

    public PairScorer Scorer => _scorer;

    /// <summary>Makes the complaint's document and lookup keys ahead (kept with the instance until <see cref="MatchAsync"/> takes them).</summary>
    public void Prepare(Complaint complaint)
    {
        if (options.Enabled) _prepared.TryAdd(complaint, PreparedMatch.Of(complaint));
    }

    public async Task<Complaint> MatchAsync(Complaint complaint, IHubSession session, CancellationToken ct)
    {
        if (!options.Enabled) return complaint;
        var (doc, lookup) = _prepared.TryGetValue(complaint, out var prepared) ? prepared : PreparedMatch.Of(complaint);
        _prepared.Remove(complaint);
        // everything read before anything is written: on PostgreSQL one round trip, the writes then go with the next one
        var (old, overrides, candidates) = await _finder.ReadAsync(session, doc, lookup, ct);
        doc = doc with { GroupRoot = old?.GroupRoot ?? doc.Id };
        await index.UpsertDocAsync(session, doc, lookup, old is null ? null : StoredKeys.Of(old, doc, lookup), ct);
        var links = candidates
            .Select(c => _scorer.Score(doc, c, overrides.TryGetValue(c.Id, out var o) ? o : null))
            .Where(l => l.Kind != LinkKind.None)
            .ToList();
        if (old is null && links.Count == 0)
        {
            // A first filing that resembles nothing stored: alone in its group, no links to replace, no cluster to
            // regroup, no matter that could become a hotspot.
            _pending.AddOrUpdate(session, MatchFollowUp.None);
            return complaint with { DuplicateOf = null, Related = [] };
        }
        var oldLinks = old is null ? [] : await index.LinksOfAsync(session, [doc.Id], ct);
        await index.ReplaceLinksAsync(session, doc.Id, links, ct);

        var seeds = new HashSet<string>(StringComparer.Ordinal) { doc.Id };
        if (old is not null) seeds.UnionWith((await index.MembersAsync(session, [old.GroupRoot], ct)).Select(d => d.Id));
        seeds.UnionWith(oldLinks.Where(l => IsGrouping(l.Kind)).Select(l => l.Other(doc.Id)));
        var revisions = await RegroupAsync(session, seeds, ct);

        var own = revisions.TryGetValue(doc.Id, out var mine) ? mine : (DuplicateOf: complaint.DuplicateOf, Related: complaint.Related);
        var result = complaint with { DuplicateOf = own.DuplicateOf, Related = own.Related };
        var revised = await RevisedComplaintsAsync(session, revisions, doc.Id, ct);
        var notices = await _hotspots.CheckAsync(session, doc.Id, links.Where(l => l.Kind != LinkKind.Split).Select(l => l.Other(doc.Id)).ToList(), complaint.ReceivedAt, ct);
        _pending.AddOrUpdate(session, new MatchFollowUp { Revised = revised, Notices = notices });
        return result;
    }

    public MatchFollowUp TakeFollowUp(IHubSession session)
    {
        if (!_pending.TryGetValue(session, out var followUp)) return MatchFollowUp.None;
        _pending.Remove(session);
        return followUp;
    }

    /// <summary>
    /// Regroups the cluster reachable from <paramref name="seeds"/> over duplicate links and works out DuplicateOf and
    /// Related for its complaints (complaints outside it are not re-sent for a related change, see the class remarks).
    /// </summary>
    private async Task<Dictionary<string, (string? DuplicateOf, IReadOnlyList<string> Related)>> RegroupAsync(
        IHubSession session, IEnumerable<string> seeds, CancellationToken ct)
    {
        var (clusterDocs, clusterLinks) = await ClusterAsync(session, seeds, ct);
        var roots = GroupResolver.Resolve(clusterDocs, clusterLinks, options.CrossChannelOnly, options.GapPenalty / options.WindowDays);
        var changedRoots = roots.Where(r => clusterDocs[r.Key].GroupRoot != r.Value).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        if (changedRoots.Count > 0) await index.SetGroupRootsAsync(session, changedRoots, ct);

        var allLinks = await index.LinksOfAsync(session, roots.Keys, ct);
        var linksById = allLinks.SelectMany(l => new[] { (Id: l.A, Link: l), (Id: l.B, Link: l) }).ToLookup(x => x.Id, x => x.Link, StringComparer.Ordinal);
        var result = new Dictionary<string, (string?, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var group in roots.GroupBy(r => r.Value, r => r.Key))
        {
            var members = group.ToHashSet(StringComparer.Ordinal);
            var related = members
                .SelectMany(m => linksById[m].Where(l => IsRelated(l, roots)).Select(l => l.Other(m)))
                .Where(o => !members.Contains(o))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            foreach (var m in members) result[m] = (m == group.Key ? null : group.Key, related);
        }
        return result;
    }

    /// <summary>Stored complaints (other than <paramref name="exceptId"/>) whose DuplicateOf or Related differ from <paramref name="links"/>.</summary>
    public async Task<IReadOnlyList<Complaint>> RevisedComplaintsAsync(
        IHubSession session, IReadOnlyDictionary<string, (string? DuplicateOf, IReadOnlyList<string> Related)> links, string? exceptId, CancellationToken ct)
    {
        var revised = new List<Complaint>();
        foreach (var (id, (duplicateOf, related)) in links.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (id == exceptId) continue;
            var stored = (await session.GetComplaintAsync(id, ct))?.Complaint;
            if (stored is null) continue;
            if (stored.DuplicateOf == duplicateOf && stored.Related.SequenceEqual(related)) continue;
            revised.Add(stored with { DuplicateOf = duplicateOf, Related = related });
        }
        return revised;
    }

    private async Task<(Dictionary<string, DedupeDoc> Docs, List<DedupeLink> Links)> ClusterAsync(IHubSession session, IEnumerable<string> seeds, CancellationToken ct)
    {
        var seen = new HashSet<string>(seeds, StringComparer.Ordinal);
        var links = new Dictionary<(string, string), DedupeLink>();
        var frontier = seen.ToList();
        while (frontier.Count > 0 && seen.Count < options.MaxClusterSize)
        {
            var found = await index.LinksOfAsync(session, frontier, ct);
            frontier = [];
            foreach (var l in found)
            {
                links[(l.A, l.B)] = l;
                if (!IsGrouping(l.Kind)) continue;
                foreach (var end in new[] { l.A, l.B })
                    if (seen.Add(end)) frontier.Add(end);
            }
        }
        var docs = (await index.GetDocsAsync(session, seen, ct)).ToDictionary(d => d.Id, StringComparer.Ordinal);
        return (docs, links.Values.Where(l => docs.ContainsKey(l.A) && docs.ContainsKey(l.B)).ToList());
    }

    private static bool IsGrouping(LinkKind kind) => kind is LinkKind.Duplicate or LinkKind.Probable or LinkKind.Join or LinkKind.Split;

    private static bool IsRelated(DedupeLink l, IReadOnlyDictionary<string, string> roots) =>
        l.Kind == LinkKind.Related
        || (l.Kind is LinkKind.Probable or LinkKind.Duplicate && roots.TryGetValue(l.A, out var ra) && roots.TryGetValue(l.B, out var rb) && ra != rb);
}
