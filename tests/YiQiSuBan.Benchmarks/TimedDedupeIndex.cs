using System.Diagnostics;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// The dedupe index with a stopwatch around it (<c>replay --dedupe on</c>): how much of a record's time the index's own
/// reads (the matcher's one read: stored document, corrections, candidates) and document + key writes take, and the
/// rest of its calls (links, groups, alerts). On PostgreSQL writes are queued and sent with the next read, so their time
/// shows under reads.
/// </summary>
internal sealed class TimedDedupeIndex(IDedupeIndex inner) : IDedupeIndex
{
    private const int Reads = 0, Writes = 1, Rest = 2;
    private readonly long[] _ticks = new long[3];
    private long _matches, _candidates;

    /// <summary>Per-match averages in microseconds, and candidates per match.</summary>
    public string Summary()
    {
        double Us(long ticks) => ticks * 1e6 / Stopwatch.Frequency / Math.Max(1, _matches);
        return $"dedupe index per record: reads {Us(_ticks[Reads]):F0} µs ({(double)_candidates / Math.Max(1, _matches):F1} candidates), " +
            $"document and key writes {Us(_ticks[Writes]):F0} µs, links/groups/alerts {Us(_ticks[Rest]):F0} µs";
    }

    public async Task<MatchReading> ReadForMatchAsync(IHubSession session, string id, IReadOnlyList<string> lookupKeys, long fromAt, long toAt, int maxPerKey, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        var reading = await inner.ReadForMatchAsync(session, id, lookupKeys, fromAt, toAt, maxPerKey, ct);
        _ticks[Reads] += Stopwatch.GetTimestamp() - start;
        _matches++;
        _candidates += reading.Candidates.Count;
        return reading;
    }

    public Task UpsertDocAsync(IHubSession session, DedupeDoc doc, IReadOnlyList<string> lookupKeys, StoredKeys? previous, CancellationToken ct) =>
        Timed(() => inner.UpsertDocAsync(session, doc, lookupKeys, previous, ct), Writes);

    public Task<IReadOnlyList<DedupeDoc>> GetDocsAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Timed(() => inner.GetDocsAsync(session, ids, ct));

    public Task ReplaceLinksAsync(IHubSession session, string id, IReadOnlyList<DedupeLink> links, CancellationToken ct) =>
        Timed(() => inner.ReplaceLinksAsync(session, id, links, ct), Rest);

    public Task<IReadOnlyList<DedupeLink>> LinksOfAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Timed(() => inner.LinksOfAsync(session, ids, ct));

    public Task SetGroupRootsAsync(IHubSession session, IReadOnlyDictionary<string, string> roots, CancellationToken ct) =>
        Timed(() => inner.SetGroupRootsAsync(session, roots, ct), Rest);

    public Task<IReadOnlyList<DedupeDoc>> MembersAsync(IHubSession session, IReadOnlyCollection<string> roots, CancellationToken ct) =>
        Timed(() => inner.MembersAsync(session, roots, ct));

    public Task SetOverrideAsync(IHubSession session, string a, string b, LinkKind kind, DateTimeOffset at, CancellationToken ct) =>
        Timed(() => inner.SetOverrideAsync(session, a, b, kind, at, ct), Rest);

    public Task<IReadOnlyDictionary<string, LinkKind>> OverridesOfAsync(IHubSession session, string id, CancellationToken ct) =>
        Timed(() => inner.OverridesOfAsync(session, id, ct));

    public Task<bool> AnyAlertedAsync(IHubSession session, IReadOnlyCollection<string> ids, CancellationToken ct) =>
        Timed(() => inner.AnyAlertedAsync(session, ids, ct));

    public Task AddAlertAsync(IHubSession session, HotspotAlert alert, CancellationToken ct) =>
        Timed(() => inner.AddAlertAsync(session, alert, ct), Rest);

    public Task<IReadOnlyList<HotspotAlert>> ListAlertsAsync(IHubSession session, int limit, CancellationToken ct) =>
        Timed(() => inner.ListAlertsAsync(session, limit, ct));

    private async Task Timed(Func<Task> call, int counter)
    {
        var start = Stopwatch.GetTimestamp();
        await call();
        _ticks[counter] += Stopwatch.GetTimestamp() - start;
    }

    private async Task<T> Timed<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await call();
        _ticks[Rest] += Stopwatch.GetTimestamp() - start;
        return result;
    }
}
