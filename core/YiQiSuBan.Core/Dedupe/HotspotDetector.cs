using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Watches related groups (one matter, many complainants): when at least <see cref="DedupeOptions.HotspotComplainants"/>
/// distinct complainants (duplicate groups) filed on it within <see cref="DedupeOptions.HotspotWindowHours"/>, raises
/// one <c>hotspot.alert</c> for the group.
/// </summary>
public sealed class HotspotDetector(IDedupeIndex index, DedupeOptions options)
{
    /// <summary>
    /// The alert notice for the matter of <paramref name="id"/>, when it just became a hotspot. <paramref name="linked"/>
    /// are the complaints it is linked to: when one of them already belongs to an alert, so does the matter, and
    /// it is not walked.
    /// </summary>
    public async Task<IReadOnlyList<FeedEvent>> CheckAsync(IHubSession session, string id, IReadOnlyCollection<string> linked, DateTimeOffset at, CancellationToken ct)
    {
        if (linked.Count > 0 && await index.AnyAlertedAsync(session, [id, .. linked], ct)) return [];
        var members = await MatterAsync(session, id, ct);
        if (members.Count < options.HotspotComplainants) return [];
        var firstByComplainant = members.GroupBy(d => d.GroupRoot).Select(g => g.Min(d => d.At)).Order().ToList();
        var window = options.HotspotWindowHours * 3600L;
        var best = 0;
        for (int lo = 0, hi = 0; hi < firstByComplainant.Count; hi++)
        {
            while (firstByComplainant[hi] - firstByComplainant[lo] > window) lo++;
            best = Math.Max(best, hi - lo + 1);
        }
        if (best < options.HotspotComplainants) return [];
        var ids = members.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        if (await index.AnyAlertedAsync(session, ids, ct)) return [];
        var root = members.OrderBy(d => d.At).ThenBy(d => d.Id, StringComparer.Ordinal).First().Id;
        await index.AddAlertAsync(session, new HotspotAlert { RootId = root, At = at, Complainants = best, Members = ids }, ct);
        return [new FeedEvent { Type = DedupeFeedEvents.HotspotAlert, ComplaintId = root, At = at }];
    }

    /// <summary>The complaints on the same matter as <paramref name="id"/> (duplicate and related links, bounded).</summary>
    public async Task<IReadOnlyList<DedupeDoc>> MatterAsync(IHubSession session, string id, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        var frontier = new List<string> { id };
        while (frontier.Count > 0 && seen.Count < options.MaxClusterSize)
        {
            var links = await index.LinksOfAsync(session, frontier, ct);
            frontier = [];
            foreach (var l in links.Where(l => l.Kind is not LinkKind.Split and not LinkKind.None))
                foreach (var end in new[] { l.A, l.B })
                    if (seen.Add(end)) frontier.Add(end);
        }
        return await index.GetDocsAsync(session, seen, ct);
    }
}
