using Dapper;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// The dedupe tables through the session's connection and transaction. The statements are plain SQL that SQLite and
/// PostgreSQL both accept (times as Unix seconds, ON CONFLICT upserts, Dapper list expansion), so one class serves
/// both dialects; the tables themselves are created by each dialect's migrations (versions 20-21).
/// </summary>
public sealed class SqlDedupeIndex : IDedupeIndex
{
    private const int Chunk = 500;

    private sealed record DocRow(string complaint_id, string channel, long at, string text, string identity, string group_root, byte[]? shingles);

    private sealed record LinkRow(string a, string b, string kind, string agreed, string conflicting, double similarity, double gap_days);

    private sealed record AlertRow(string root_id, long at, long complainants, string members);

    public async Task UpsertDocAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, StoredKeys? previous, CancellationToken ct)
    {
        var (c, tx) = (session.Connection, session.Transaction);
        await c.ExecuteAsync(
            """
            INSERT INTO dedupe_docs(complaint_id, channel, at, text, identity, group_root, shingles) VALUES (@Id, @Channel, @At, @Text, @identity, @GroupRoot, @shingles)
            ON CONFLICT(complaint_id) DO UPDATE SET at = excluded.at, text = excluded.text, identity = excluded.identity, shingles = excluded.shingles
            """,
            new { doc.Id, doc.Channel, doc.At, doc.Text, identity = string.Join('\n', doc.Identity), doc.GroupRoot, shingles = doc.Shingles.ToBytes() }, tx);

        // A key row is (key, at, id): when the filing time is unchanged only the keys that changed are touched; a
        // brand-new complaint has nothing to remove.
        var kept = previous is not null && previous.Doc.At == doc.At ? previous.Keys.ToHashSet(StringComparer.Ordinal) : [];
        if (previous is not null)
        {
            var current = lookupKeys.ToHashSet(StringComparer.Ordinal);
            var stale = previous.Keys.Where(k => !kept.Contains(k) || !current.Contains(k)).Distinct(StringComparer.Ordinal);
            await c.ExecuteAsync(
                "DELETE FROM dedupe_keys WHERE key = @key AND at = @at AND complaint_id = @id",
                stale.Select(key => new { key, at = previous.Doc.At, id = doc.Id }), tx);
        }
        foreach (var keys in lookupKeys.Where(k => !kept.Contains(k)).Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            // One multi-row statement per chunk rather than one statement per key.
            var parameters = new DynamicParameters(new { doc.Id, doc.At });
            for (var i = 0; i < keys.Length; i++) parameters.Add("k" + i, keys[i]);
            await c.ExecuteAsync(
                "INSERT INTO dedupe_keys(key, complaint_id, at) VALUES " + string.Join(", ", keys.Select((_, i) => $"(@k{i}, @Id, @At)")) + " ON CONFLICT DO NOTHING",
                parameters, tx);
        }
    }

    public async Task<IReadOnlyList<string>> FindCandidatesAsync(IHubSession session, IReadOnlyList<string> lookupKeys, long fromAt, long toAt, string exceptId, int maxPerKey, CancellationToken ct)
    {
        // The (key, at, id) primary key covers this: one range scan per key, no table lookups.
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var keys in lookupKeys.Distinct(StringComparer.Ordinal).Chunk(Chunk))
            found.UnionWith(await session.Connection.QueryAsync<string>(
                $"""
                SELECT DISTINCT complaint_id FROM (
                  SELECT complaint_id, ROW_NUMBER() OVER (PARTITION BY key ORDER BY at DESC) AS n FROM dedupe_keys
                  WHERE {In(session, "key", "keys")} AND at BETWEEN @fromAt AND @toAt AND complaint_id <> @exceptId) AS q
                WHERE n <= @maxPerKey
                """,
                new { keys, fromAt, toAt, exceptId, maxPerKey }, session.Transaction));
        return found.ToList();
    }

    public async Task<IReadOnlyList<DedupeDoc>> GetDocsAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var docs = new List<DedupeDoc>();
        foreach (var chunk in ids.Chunk(Chunk))
            docs.AddRange((await session.Connection.QueryAsync<DocRow>(
                $"SELECT complaint_id, channel, at, text, identity, group_root, shingles FROM dedupe_docs WHERE {In(session, "complaint_id", "chunk")}", new { chunk }, session.Transaction)).Select(ToDoc));
        return docs;
    }

    public async Task ReplaceLinksAsync(IHubSession session, string id, IReadOnlyList<DedupeLink> links, CancellationToken ct)
    {
        var (c, tx) = (session.Connection, session.Transaction);
        await c.ExecuteAsync("DELETE FROM dedupe_links WHERE a = @id", new { id }, tx);
        await c.ExecuteAsync("DELETE FROM dedupe_links WHERE b = @id", new { id }, tx);
        await c.ExecuteAsync(
            """
            INSERT INTO dedupe_links(a, b, kind, agreed, conflicting, similarity, gap_days) VALUES (@a, @b, @kind, @agreed, @conflicting, @similarity, @gap_days)
            ON CONFLICT(a, b) DO UPDATE SET kind = excluded.kind, agreed = excluded.agreed, conflicting = excluded.conflicting,
              similarity = excluded.similarity, gap_days = excluded.gap_days
            """,
            links.Select(l => new LinkRow(l.A, l.B, l.Kind.ToString().ToLowerInvariant(), string.Join(',', l.Agreed), string.Join(',', l.Conflicting), l.Similarity, l.GapDays)), tx);
    }

    public async Task<IReadOnlyList<DedupeLink>> LinksOfAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var links = new Dictionary<(string, string), DedupeLink>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var rows = await session.Connection.QueryAsync<LinkRow>(
                $"""
                SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE {In(session, "a", "chunk")}
                UNION SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE {In(session, "b", "chunk")}
                """, new { chunk }, session.Transaction);
            foreach (var r in rows) links[(r.a, r.b)] = ToLink(r);
        }
        return links.Values.ToList();
    }

    public async Task SetGroupRootsAsync(IHubSession session, IReadOnlyDictionary<string, string> roots, CancellationToken ct) =>
        await session.Connection.ExecuteAsync(
            "UPDATE dedupe_docs SET group_root = @Value WHERE complaint_id = @Key", roots.Select(r => new { r.Key, r.Value }), session.Transaction);

    public async Task<IReadOnlyList<DedupeDoc>> MembersAsync(IHubSession session, IReadOnlyCollection<string> roots, CancellationToken ct)
    {
        var docs = new List<DedupeDoc>();
        foreach (var chunk in roots.Chunk(Chunk))
            docs.AddRange((await session.Connection.QueryAsync<DocRow>(
                $"SELECT complaint_id, channel, at, text, identity, group_root, shingles FROM dedupe_docs WHERE {In(session, "group_root", "chunk")}", new { chunk }, session.Transaction)).Select(ToDoc));
        return docs;
    }

    public async Task SetOverrideAsync(IHubSession session, string a, string b, LinkKind kind, DateTimeOffset at, CancellationToken ct)
    {
        var (x, y) = DedupeLink.Ends(a, b);
        await session.Connection.ExecuteAsync(
            "INSERT INTO dedupe_overrides(a, b, kind, at) VALUES (@x, @y, @kind, @at) ON CONFLICT(a, b) DO UPDATE SET kind = excluded.kind, at = excluded.at",
            new { x, y, kind = kind.ToString().ToLowerInvariant(), at = at.ToUnixTimeSeconds() }, session.Transaction);
    }

    public async Task<IReadOnlyDictionary<string, LinkKind>> OverridesOfAsync(IHubSession session, string id, CancellationToken ct)
    {
        var rows = await session.Connection.QueryAsync<(string A, string B, string Kind)>(
            "SELECT a, b, kind FROM dedupe_overrides WHERE a = @id UNION SELECT a, b, kind FROM dedupe_overrides WHERE b = @id", new { id }, session.Transaction);
        return rows.ToDictionary(r => r.A == id ? r.B : r.A, r => Enum.Parse<LinkKind>(r.Kind, ignoreCase: true), StringComparer.Ordinal);
    }

    public async Task<bool> AnyAlertedAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Chunk))
            if (await session.Connection.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM hotspot_members WHERE {In(session, "complaint_id", "chunk")}", new { chunk }, session.Transaction) > 0)
                return true;
        return false;
    }

    public async Task AddAlertAsync(IHubSession session, HotspotAlert alert, CancellationToken ct)
    {
        var (c, tx) = (session.Connection, session.Transaction);
        var id = await c.ExecuteScalarAsync<long>(
            "INSERT INTO hotspot_alerts(root_id, at, complainants, members) VALUES (@RootId, @at, @Complainants, @members) RETURNING id",
            new { alert.RootId, at = alert.At.ToUnixTimeSeconds(), alert.Complainants, members = string.Join(',', alert.Members) }, tx);
        await c.ExecuteAsync(
            "INSERT INTO hotspot_members(complaint_id, alert_id) VALUES (@m, @id) ON CONFLICT DO NOTHING", alert.Members.Select(m => new { m, id }), tx);
    }

    public async Task<IReadOnlyList<HotspotAlert>> ListAlertsAsync(IHubSession session, int limit, CancellationToken ct)
    {
        var rows = await session.Connection.QueryAsync<AlertRow>(
            "SELECT root_id, at, complainants, members FROM hotspot_alerts ORDER BY id DESC LIMIT @limit", new { limit }, session.Transaction);
        return rows.Select(r => new HotspotAlert
        {
            RootId = r.root_id, At = DateTimeOffset.FromUnixTimeSeconds(r.at), Complainants = (int)r.complainants,
            Members = r.members.Split(',', StringSplitOptions.RemoveEmptyEntries),
        }).ToList();
    }

    private static DedupeDoc ToDoc(DocRow r) => new()
    {
        Id = r.complaint_id, Channel = r.channel, At = r.at, Text = r.text, GroupRoot = r.group_root,
        Shingles = r.shingles is null ? ShingleSet.Of(r.text) : ShingleSet.FromBytes(r.shingles),
        Identity = r.identity.Split('\n', StringSplitOptions.RemoveEmptyEntries),
    };

    private static DedupeLink ToLink(LinkRow r) => new()
    {
        A = r.a, B = r.b, Kind = Enum.Parse<LinkKind>(r.kind, ignoreCase: true),
        Agreed = r.agreed.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Conflicting = r.conflicting.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Similarity = r.similarity, GapDays = r.gap_days,
    };

    /// <summary>"column IN list": Dapper expands lists for SQLite; Npgsql takes the array as one parameter.</summary>
    private static string In(IHubSession session, string column, string parameter) =>
        session.Dialect == "postgres" ? $"{column} = ANY(@{parameter})" : $"{column} IN @{parameter}";
}
