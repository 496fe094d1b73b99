using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Replay;

/// <summary>
/// Replays recorded payloads through the ingest pipeline in the order their sources say the records happened
/// (update time, else submission time; ties by file name). Memory stays flat: only sort keys are kept for all
/// records; the payloads parsed first are kept from the sort pass up to a fixed size (a modest replay is parsed once),
/// and the rest are re-read through a small cache.
/// </summary>
public sealed class ReplayRunner(IHubStore store, IngestPipeline pipeline)
{
    private const int RecordsPerTransaction = 500;
    private const int CachedPayloads = 64;
    private const long RetainedPayloadBytes = 16L << 20;

    private readonly record struct Key(DateTimeOffset At, int File, int Index);

    /// <summary>Runs the replay; <paramref name="onReport"/> sees what each applied record did (events, quarantines).</summary>
    public async Task<ReplaySummary> RunAsync(IReadOnlyList<RecordedPayloads.Entry> entries, Action<IngestReport> onReport, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var keys = new List<Key>();
        var retained = new Dictionary<int, (RawPayload Payload, IReadOnlyList<ParseResult> Results)>();
        var retainedBytes = 0L;
        for (var f = 0; f < entries.Count; f++)
        {
            var payload = RecordedPayloads.Load(entries[f]);
            var results = pipeline.ParseAll(payload);
            for (var i = 0; i < results.Count; i++)
                keys.Add(new Key(results[i].Record?.OccurredAt ?? entries[f].ReceivedAt, f, i));
            if (retainedBytes + payload.Bytes.Length > RetainedPayloadBytes) continue;
            retained[f] = (payload, results);
            retainedBytes += payload.Bytes.Length;
        }
        keys.Sort((a, b) =>
        {
            var c = a.At.CompareTo(b.At);
            if (c != 0) return c;
            c = string.CompareOrdinal(entries[a.File].Name, entries[b.File].Name);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });

        var summary = new ReplaySummary();
        var cache = new ParsedPayloadCache(CachedPayloads, f => RecordedPayloads.Load(entries[f]), pipeline.ParseAll);
        var rawEntries = new Dictionary<int, RawPayloadEntry>();
        var recordsLeft = new int[entries.Count];
        foreach (var key in keys) recordsLeft[key.File]++;
        IHubSession? session = null;
        var inTransaction = 0;
        try
        {
            for (var k = 0; k < keys.Count; k++)
            {
                ct.ThrowIfCancellationRequested();
                session ??= await store.BeginAsync(ct);
                var key = keys[k];
                var (payload, results) = retained.TryGetValue(key.File, out var kept) ? kept : cache.Get(key.File);
                if (!rawEntries.TryGetValue(key.File, out var raw))
                {
                    raw = await pipeline.StoreRawAsync(payload, session, ct);
                    rawEntries[key.File] = raw;
                    if (!raw.IsNew) summary.DuplicatePayloads++;
                }
                if (--recordsLeft[key.File] == 0)
                {
                    rawEntries.Remove(key.File); // keeps memory flat: the file is done
                    retained.Remove(key.File);
                }
                if (!raw.IsNew) continue;
                var report = new IngestReport { Channel = payload.Channel, File = payload.Name };
                await pipeline.ApplyAsync(payload, raw, results[key.Index], session, report, ct);
                summary.Add(report);
                onReport(report);
                if (++inTransaction >= RecordsPerTransaction)
                {
                    await session.CommitAsync(ct);
                    await session.DisposeAsync();
                    session = null;
                    inTransaction = 0;
                }
                progress?.Report((k + 1, keys.Count));
            }
            if (session is not null) await session.CommitAsync(ct);
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
        }
        return summary;
    }
}
