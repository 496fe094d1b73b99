using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>Duplicate groups and hotspots as the ops console shows them.</summary>
public sealed class DedupeViews(IHubStore store, IDedupeIndex index, IOpsQueries queries, LinkExplainer explainer)
{
    public async Task<IReadOnlyList<DuplicateGroupView>> GroupsAsync(int limit, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var roots = await queries.DuplicateGroupRootsAsync(session, limit, ct);
        var members = (await index.MembersAsync(session, roots, ct)).GroupBy(d => d.GroupRoot, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList());
        var groups = new List<DuplicateGroupView>();
        foreach (var root in roots)
        {
            var docs = members.GetValueOrDefault(root) ?? [];
            var ids = docs.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var views = new List<GroupMemberView>();
            foreach (var d in docs.OrderBy(d => d.At)) views.Add(await MemberAsync(session, d, ct));
            var links = new List<GroupLinkView>();
            foreach (var l in (await index.LinksOfAsync(session, ids, ct)).Where(l => l.Kind == LinkKind.Duplicate || ids.Contains(l.A) && ids.Contains(l.B)).DistinctBy(l => (l.A, l.B)))
                links.Add(new GroupLinkView(l.A, l.B, l.Kind.ToString().ToLowerInvariant(), l.Similarity, l.GapDays, l.Agreed, l.Conflicting, await explainer.ExplainAsync(session, l.A, l.B, ct)));
            groups.Add(new DuplicateGroupView(root, views, links));
        }
        return groups;
    }

    public async Task<IReadOnlyList<HotspotView>> HotspotsAsync(int limit, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var views = new List<HotspotView>();
        foreach (var alert in await index.ListAlertsAsync(session, limit, ct))
        {
            var docs = await index.GetDocsAsync(session, alert.Members.ToList(), ct);
            var root = await session.GetComplaintAsync(alert.RootId, ct);
            var growth = docs.Select(d => DateTimeOffset.FromUnixTimeSeconds(d.At)).Order().ToList();
            views.Add(new HotspotView(alert.RootId, alert.At, alert.Complainants, alert.Members.Count, root?.Complaint?.Location.Township, growth));
        }
        return views;
    }

    private static async Task<GroupMemberView> MemberAsync(IHubSession session, DedupeDoc d, CancellationToken ct)
    {
        var c = (await session.GetComplaintAsync(d.Id, ct))?.Complaint;
        return new GroupMemberView(d.Id, d.Channel, DateTimeOffset.FromUnixTimeSeconds(d.At), c?.Location.Township, c?.Kind?.ToString().ToLowerInvariant());
    }
}
