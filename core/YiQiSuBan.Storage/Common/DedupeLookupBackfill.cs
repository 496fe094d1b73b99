using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// Rebuilds the lookup rows of every stored dedupe document, worked out again from its stored identity and bigrams,
/// after the migration that changed how they are kept (<see cref="Migration"/>: text keys became integer ones). Runs
/// once, when that migration is applied, a thousand documents to a transaction.
/// </summary>
internal static class DedupeLookupBackfill
{
    /// <summary>The migration (same number on both dialects) after which the lookup rows are rebuilt.</summary>
    public const int Migration = 22;

    private const int Batch = 1000;

    public static async Task RunAsync(IHubStore store, CancellationToken ct)
    {
        var index = new SqlDedupeIndex();
        var after = "";
        while (true)
        {
            await using var session = await store.BeginAsync(ct);
            var docs = (await session.QueryAsync<DedupeDocRow>(
                    $"SELECT {DedupeDocRow.Columns} FROM dedupe_docs WHERE complaint_id > @after ORDER BY complaint_id LIMIT {Batch}", new { after }, ct: ct))
                .Select(r => r.ToDoc()).ToList();
            if (docs.Count == 0) return;
            foreach (var doc in docs) await index.UpsertDocAsync(session, doc, CandidateFinder.LookupKeys(doc), null, ct);
            await session.CommitAsync(ct);
            after = docs[^1].Id;
        }
    }
}
