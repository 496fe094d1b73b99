using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// The dedupe tables through the session's connection and transaction. Documents and their lookup rows, the hot path,
/// are each dialect's own (<see cref="IDedupeDocTable"/>); the rest is shared SQL. Writes go through
/// <see cref="IHubSession.WriteAsync"/> (the store's prepared commands on SQLite, its write batch on PostgreSQL); SQLite
/// reads are commands prepared once per connection (<see cref="ConnectionCommands"/>, lists padded to a few fixed
/// lengths), PostgreSQL reads take arrays. The SQL is otherwise plain (times as Unix seconds, ON CONFLICT upserts); the
/// tables are created by each dialect's migrations (versions 20-22).
/// </summary>
public sealed class SqlDedupeIndex : IDedupeIndex
{
    private const int Chunk = 512;

    private static readonly IDedupeDocTable SqliteDocs = new Sqlite.SqliteDedupeDocs();
    private static readonly IDedupeDocTable PostgresDocs = new Postgres.PostgresDedupeDocs();
    private static readonly string OverridesSql = DedupeOverridesSql.Touching("@p0");

    private sealed record LinkRow(string a, string b, string kind, string agreed, string conflicting, double similarity, double gap_days);

    private sealed record AlertRow(string root_id, long at, long complainants, string members);

    public Task UpsertDocAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, StoredKeys? previous, CancellationToken ct)
    {
        // A key row is (key, at, document): when the filing time is unchanged only the keys that changed are touched; a
        // brand-new complaint has nothing to remove.
        var current = LookupKeyHash.Of(lookupKeys);
        if (previous is null) return Docs(session).UpsertAsync(session, doc, current, [], 0, ct);
        var before = LookupKeyHash.Of(previous.Keys);
        var kept = previous.Doc.At == doc.At ? before.Intersect(current).ToHashSet() : [];
        return Docs(session).UpsertAsync(session, doc, current.Where(k => !kept.Contains(k)).ToList(), before.Where(k => !kept.Contains(k)).ToList(), previous.Doc.At, ct);
    }

    public Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<string> lookupKeys, long fromAt, long toAt, int maxPerKey, CancellationToken ct) =>
        Docs(session).ReadForMatchAsync(session, id, LookupKeyHash.Of(lookupKeys), fromAt, toAt, maxPerKey, ct);

    public Task<IReadOnlyList<DedupeDoc>> GetDocsAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        DocsWhereAsync(session, "complaint_id", ids, ct);

    public async Task ReplaceLinksAsync(IHubSession session, string id, IReadOnlyList<DedupeLink> links, CancellationToken ct)
    {
        await session.WriteAsync($"DELETE FROM dedupe_links WHERE a = {P(session, 0)}", [id], ct);
        await session.WriteAsync($"DELETE FROM dedupe_links WHERE b = {P(session, 0)}", [id], ct);
        foreach (var l in links)
            await session.WriteAsync(
                $"""
                INSERT INTO dedupe_links(a, b, kind, agreed, conflicting, similarity, gap_days) VALUES ({Params(session, 0, 7)})
                ON CONFLICT(a, b) DO UPDATE SET kind = excluded.kind, agreed = excluded.agreed, conflicting = excluded.conflicting,
                  similarity = excluded.similarity, gap_days = excluded.gap_days
                """,
                [l.A, l.B, l.Kind.ToString().ToLowerInvariant(), string.Join(',', l.Agreed), string.Join(',', l.Conflicting), l.Similarity, l.GapDays], ct);
    }

    public async Task<IReadOnlyList<DedupeLink>> LinksOfAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var links = new Dictionary<(string, string), DedupeLink>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            if (session.Dialect == "postgres")
            {
                var rows = await session.QueryAsync<LinkRow>(
                    $"""
                    SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE {In("a", "chunk")}
                    UNION SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE {In("b", "chunk")}
                    """, new { chunk }, ct: ct);
                foreach (var r in rows) links[(r.a, r.b)] = ToLink(r);
                continue;
            }
            var (list, values) = Slots(chunk);
            await using var reader = await (await ConnectionCommands.GetAsync(session,
                $"""
                SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE a IN ({list})
                UNION SELECT a, b, kind, agreed, conflicting, similarity, gap_days FROM dedupe_links WHERE b IN ({list})
                """, values, ct)).ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var r = new LinkRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5), reader.GetDouble(6));
                links[(r.a, r.b)] = ToLink(r);
            }
        }
        return links.Values.ToList();
    }

    public async Task SetGroupRootsAsync(IHubSession session, IReadOnlyDictionary<string, string> roots, CancellationToken ct)
    {
        foreach (var (id, root) in roots)
            await session.WriteAsync($"UPDATE dedupe_docs SET group_root = {P(session, 0)} WHERE complaint_id = {P(session, 1)}", [root, id], ct);
    }

    public Task<IReadOnlyList<DedupeDoc>> MembersAsync(IHubSession session, IReadOnlyCollection<string> roots, CancellationToken ct) =>
        DocsWhereAsync(session, "group_root", roots, ct);

    private async Task<IReadOnlyList<DedupeDoc>> DocsWhereAsync(IHubSession session, string column, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        var docs = new List<DedupeDoc>();
        foreach (var chunk in values.Chunk(Chunk))
        {
            if (session.Dialect == "postgres")
            {
                docs.AddRange((await session.QueryAsync<DedupeDocRow>(
                    $"SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE {In(column, "chunk")}", new { chunk }, ct: ct)).Select(r => r.ToDoc()));
                continue;
            }
            var (list, parameters) = Slots(chunk);
            await using var reader = await (await ConnectionCommands.GetAsync(session,
                $"SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE {column} IN ({list})", parameters, ct)).ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) docs.Add(DedupeDocRow.Read(reader));
        }
        return docs;
    }

    public async Task SetOverrideAsync(IHubSession session, string a, string b, LinkKind kind, DateTimeOffset at, CancellationToken ct)
    {
        var (x, y) = DedupeLink.Ends(a, b);
        await session.ExecuteAsync(
            "INSERT INTO dedupe_overrides(a, b, kind, at) VALUES (@x, @y, @kind, @at) ON CONFLICT(a, b) DO UPDATE SET kind = excluded.kind, at = excluded.at",
            new { x, y, kind = kind.ToString().ToLowerInvariant(), at = at.ToUnixTimeSeconds() }, ct: ct);
    }

    public async Task<IReadOnlyDictionary<string, LinkKind>> OverridesOfAsync(IHubSession session, string id, CancellationToken ct)
    {
        var rows = new List<(string A, string B, string Kind)>();
        if (session.Dialect == "postgres")
            rows.AddRange(await session.QueryAsync<(string A, string B, string Kind)>(OverridesSql, new { p0 = id }, ct: ct));
        else
        {
            await using var reader = await (await ConnectionCommands.GetAsync(session, OverridesSql, [id], ct)).ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        return Partners(id, rows);
    }

    /// <summary>dedupe_overrides rows (a, b, kind) touching <paramref name="id"/> as other id → Join or Split.</summary>
    internal static IReadOnlyDictionary<string, LinkKind> Partners(string id, IEnumerable<(string A, string B, string Kind)> rows) =>
        rows.ToDictionary(r => r.A == id ? r.B : r.A, r => Enum.Parse<LinkKind>(r.Kind, ignoreCase: true), StringComparer.Ordinal);

    public async Task<bool> AnyAlertedAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(Chunk))
        {
            long count;
            if (session.Dialect == "postgres")
                count = await session.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM hotspot_members WHERE {In("complaint_id", "chunk")}", new { chunk }, ct: ct);
            else
            {
                var (list, values) = Slots(chunk);
                count = Convert.ToInt64(await (await ConnectionCommands.GetAsync(session, $"SELECT COUNT(*) FROM hotspot_members WHERE complaint_id IN ({list})", values, ct)).ExecuteScalarAsync(ct),
                    System.Globalization.CultureInfo.InvariantCulture);
            }
            if (count > 0) return true;
        }
        return false;
    }

    public async Task AddAlertAsync(IHubSession session, HotspotAlert alert, CancellationToken ct)
    {
        var id = await session.ExecuteScalarAsync<long>(
            "INSERT INTO hotspot_alerts(root_id, at, complainants, members) VALUES (@RootId, @at, @Complainants, @members) RETURNING id",
            new { alert.RootId, at = alert.At.ToUnixTimeSeconds(), alert.Complainants, members = string.Join(',', alert.Members) }, ct);
        await session.ExecuteAsync(
            "INSERT INTO hotspot_members(complaint_id, alert_id) VALUES (@m, @id) ON CONFLICT DO NOTHING", alert.Members.Select(m => new { m, id }).ToList(), ct);
    }

    public async Task<IReadOnlyList<HotspotAlert>> ListAlertsAsync(IHubSession session, int limit, CancellationToken ct)
    {
        var rows = await session.QueryAsync<AlertRow>(
            "SELECT root_id, at, complainants, members FROM hotspot_alerts ORDER BY id DESC LIMIT @limit", new { limit }, ct: ct);
        return rows.Select(r => new HotspotAlert
        {
            RootId = r.root_id, At = DateTimeOffset.FromUnixTimeSeconds(r.at), Complainants = (int)r.complainants,
            Members = r.members.Split(',', StringSplitOptions.RemoveEmptyEntries),
        }).ToList();
    }

    private static DedupeLink ToLink(LinkRow r) => new()
    {
        A = r.a, B = r.b, Kind = Enum.Parse<LinkKind>(r.kind, ignoreCase: true),
        Agreed = r.agreed.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Conflicting = r.conflicting.Split(',', StringSplitOptions.RemoveEmptyEntries),
        Similarity = r.similarity, GapDays = r.gap_days,
    };

    /// <summary>
    /// SQLite "IN (@p0, …)" over a power-of-two number of slots (at least four), the spare ones NULL (they match
    /// nothing): a handful of prepared statements serve every list length.
    /// </summary>
    private static (string List, IReadOnlyList<object?> Values) Slots(IReadOnlyList<string> items)
    {
        var slots = Math.Max(4, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)items.Count));
        var values = new object?[slots];
        for (var i = 0; i < items.Count; i++) values[i] = items[i];
        return (string.Join(", ", Enumerable.Range(0, slots).Select(i => "@p" + i)), values);
    }

    /// <summary>Positional parameter <paramref name="i"/> in the style <see cref="IHubSession.WriteAsync"/> takes: @p0… (sqlite) or $1… (postgres).</summary>
    private static string P(IHubSession session, int i) => session.Dialect == "postgres" ? "$" + (i + 1) : "@p" + i;

    /// <summary><paramref name="count"/> positional parameters from <paramref name="first"/>, comma-separated.</summary>
    private static string Params(IHubSession session, int first, int count) => string.Join(", ", Enumerable.Range(first, count).Select(i => P(session, i)));

    private static IDedupeDocTable Docs(IHubSession session) => session.Dialect == "postgres" ? PostgresDocs : SqliteDocs;

    /// <summary>PostgreSQL "column in list": Npgsql takes the array as one parameter.</summary>
    private static string In(string column, string parameter) => $"{column} = ANY(@{parameter})";
}
