using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// The dialect-specific half of <see cref="SqlDedupeIndex"/>: dedupe documents and their lookup rows
/// (dedupe_lookup: key hash, filing time, document number), the hot path of matching.
/// </summary>
internal interface IDedupeDocTable
{
    /// <summary>Inserts or replaces the document; removes its <paramref name="stale"/> key rows (filed at <paramref name="staleAt"/>), adds <paramref name="added"/> ones at its filing time.</summary>
    Task UpsertAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<long> added, IReadOnlyList<long> stale, long staleAt, CancellationToken ct);

    /// <summary>The stored document of <paramref name="id"/>, its operator corrections and its candidates (see <see cref="IDedupeIndex.ReadForMatchAsync"/>).</summary>
    Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<long> keys, long fromAt, long toAt, int maxPerKey, CancellationToken ct);
}
