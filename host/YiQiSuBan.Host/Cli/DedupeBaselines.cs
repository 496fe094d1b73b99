using Dapper;
using Npgsql;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// Baselines for <c>dedupe eval</c>: a pair is the same matter when its normalized texts are equal (exact) or when
/// PostgreSQL pg_trgm similarity reaches a threshold; same matter is a duplicate unless an identity field conflicts
/// (then related).
/// </summary>
public static class DedupeBaselines
{
    public const double TrigramThreshold = 0.5;

    public static Func<string, string, string> Exact(IReadOnlyDictionary<string, Complaint> complaints, PairScorer scorer) =>
        (a, b) => Label(complaints, scorer, a, b, (x, y) => x.Text.Length > 0 && x.Text == y.Text);

    /// <summary>pg_trgm similarity of every pair, computed by PostgreSQL (CREATE EXTENSION IF NOT EXISTS pg_trgm).</summary>
    public static async Task<Func<string, string, string>> TrigramAsync(string connectionString, IReadOnlyDictionary<string, Complaint> complaints, PairScorer scorer, IEnumerable<LabelledPair> pairs, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(connectionString);
        await c.OpenAsync(ct);
        await c.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        var similar = new HashSet<(string, string)>();
        foreach (var p in pairs)
        {
            if (!complaints.TryGetValue(p.A, out var ca) || !complaints.TryGetValue(p.B, out var cb)) continue;
            var sim = await c.ExecuteScalarAsync<double>("SELECT similarity(@a, @b)::float8",
                new { a = MatchText.Normalize(ca.Title, ca.Content), b = MatchText.Normalize(cb.Title, cb.Content) });
            if (sim >= TrigramThreshold) similar.Add((p.A, p.B));
        }
        return (a, b) => Label(complaints, scorer, a, b, (x, y) => similar.Contains((a, b)) || similar.Contains((b, a)));
    }

    private static string Label(IReadOnlyDictionary<string, Complaint> complaints, PairScorer scorer, string a, string b, Func<DedupeDoc, DedupeDoc, bool> sameMatter)
    {
        if (!complaints.TryGetValue(a, out var ca) || !complaints.TryGetValue(b, out var cb)) return "different";
        var (x, y) = (DedupeDoc.From(ca), DedupeDoc.From(cb));
        if (!sameMatter(x, y)) return "different";
        return scorer.Score(x, y).Conflicting.Count > 0 ? "related" : "duplicate";
    }
}
