using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Replay;

/// <summary>
/// Replays recorded payloads through the ingest pipeline in the order their sources say the records happened
/// (update time, else submission time; ties by file name). Memory stays flat: only sort keys are kept for all
/// records; the payloads read first are kept from the sort pass up to a fixed size (a modest replay reads them once),
/// and the rest are re-read through a small cache.
/// </summary>
/// <remarks>
/// Uses every core: the sort pass reads files in parallel (parsing them, unless the format reads order keys cheaply,
/// <see cref="IOrderKeyReader"/>), and while the one writer applies records in
/// order, a reader ahead of it loads, parses and prepares the next ones (<see cref="IngestPipeline.Prepare"/>).
/// </remarks>
public sealed class ReplayRunner(IHubStore store, IngestPipeline pipeline)
{
    /// <summary>Records per commit: a commit writes every page the transaction touched to the log, so fewer, larger ones
    /// write the shared index pages less often (500 → 2,000 took the commits from 5.1 s to 3.3 s of a 100k SQLite replay).</summary>
    private const int RecordsPerTransaction = 2000;
    private const int CachedPayloads = 64;
    private const int RecordsPerBatch = 256;
    private const int BatchesAhead = 4;
    private const long RetainedPayloadBytes = 16L << 20;

    private readonly record struct Key(DateTimeOffset At, int File, int Index);

    /// <summary>A payload and its parse results; <c>Results</c> null while only its order keys were read (<see cref="IOrderKeyReader"/>).</summary>
    private sealed record Parsed(RawPayload Payload, IReadOnlyList<ParseResult>? Results);

    /// <summary>One record for the writer; <c>LastOfFile</c> when no later record comes from the same payload.</summary>
    private readonly record struct Step(int Done, int File, bool LastOfFile, Parsed Parsed, ParseResult Result, PreparedRecord? Prepared);

    /// <summary>Runs the replay; <paramref name="onReport"/> sees what each applied record did (events, quarantines).</summary>
    public async Task<ReplaySummary> RunAsync(IReadOnlyList<RecordedPayloads.Entry> entries, Action<IngestReport> onReport, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var (keys, retained) = SortPass(entries, ct);
        // records go to the writer in batches: one hand-over (and thread-pool wake-up) per batch, not per record
        var steps = Channel.CreateBounded<List<Step>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var reader = Task.Run(() => ReadAheadAsync(entries, keys, retained, steps.Writer, stop.Token), stop.Token);
        try
        {
            return await ApplyInOrderAsync(steps.Reader, keys.Count, onReport, progress, ct);
        }
        finally
        {
            await stop.CancelAsync();
            try { await reader; } catch (OperationCanceledException) { }
        }
    }

    /// <summary>
    /// Reads every payload once (in parallel) for the records' sort keys, by the format's cheap order key reader where it
    /// has one, else by parsing; keeps the first payloads (parsed or not) up to a size.
    /// </summary>
    private (List<Key> Keys, Parsed?[] Retained) SortPass(IReadOnlyList<RecordedPayloads.Entry> entries, CancellationToken ct)
    {
        var keysByFile = new Key[entries.Count][];
        var retained = new Parsed?[entries.Count];
        var retainedBytes = 0L;
        try
        {
            Parallel.For(0, entries.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount }, f =>
            {
                var payload = RecordedPayloads.Load(entries[f]);
                var occurred = new List<DateTimeOffset?>(1);
                IReadOnlyList<ParseResult>? results = null;
                if (!pipeline.TryReadOrderKeys(payload, occurred))
                {
                    results = pipeline.ParseAll(payload);
                    occurred.AddRange(results.Select(r => r.Record?.OccurredAt));
                }
                var keys = new Key[occurred.Count];
                for (var i = 0; i < keys.Length; i++)
                    keys[i] = new Key(occurred[i] ?? entries[f].ReceivedAt, f, i);
                keysByFile[f] = keys;
                if (Interlocked.Add(ref retainedBytes, payload.Bytes.Length) <= RetainedPayloadBytes) retained[f] = new Parsed(payload, results);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); // an unreadable file reads as itself, not as a parallel failure
        }
        var all = new List<Key>(keysByFile.Sum(k => k.Length));
        foreach (var k in keysByFile) all.AddRange(k);
        all.Sort((a, b) =>
        {
            var c = a.At.CompareTo(b.At);
            if (c != 0) return c;
            c = string.CompareOrdinal(entries[a.File].Name, entries[b.File].Name);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        return (all, retained);
    }

    /// <summary>Walks the sorted records ahead of the writer: loads (or takes the kept) payload and prepares each record.</summary>
    private async Task ReadAheadAsync(IReadOnlyList<RecordedPayloads.Entry> entries, List<Key> keys, Parsed?[] retained, ChannelWriter<List<Step>> steps, CancellationToken ct)
    {
        try
        {
            var cache = new ParsedPayloadCache(CachedPayloads, f => RecordedPayloads.Load(entries[f]), pipeline.ParseAll);
            var batch = new List<Step>(RecordsPerBatch);
            var recordsLeft = new int[entries.Count];
            foreach (var key in keys) recordsLeft[key.File]++;
            var recordsOfFile = (int[])recordsLeft.Clone();
            for (var k = 0; k < keys.Count; k++)
            {
                var key = keys[k];
                var parsed = retained[key.File] ?? cache.Get(key.File) switch { var (p, r) => new Parsed(p, r) };
                var results = parsed.Results;
                if (results is null) retained[key.File] = parsed = new Parsed(parsed.Payload, results = pipeline.ParseAll(parsed.Payload));
                if (results.Count != recordsOfFile[key.File])
                    throw new InvalidOperationException(
                        $"{entries[key.File].Channel} file {entries[key.File].Name}: the sort pass counted {recordsOfFile[key.File]} records but the parser reads {results.Count} (the format's order key reader disagrees with its parser)");
                var last = --recordsLeft[key.File] == 0;
                if (last) retained[key.File] = null; // keeps memory flat: the file is done
                var result = results[key.Index];
                _ = parsed.Payload.AtRest; // compressed here, not on the writer (once per payload)
                batch.Add(new Step(k + 1, key.File, last, parsed, result, pipeline.Prepare(parsed.Payload, result)));
                if (batch.Count < RecordsPerBatch) continue;
                await steps.WriteAsync(batch, ct);
                batch = new List<Step>(RecordsPerBatch);
            }
            if (batch.Count > 0) await steps.WriteAsync(batch, ct);
            steps.Complete();
        }
        catch (Exception e)
        {
            steps.Complete(e);
        }
    }

    /// <summary>
    /// The one writer: applies the records in order, committing every few hundred. It takes the prepared records in
    /// batches and tells the store what each batch touches first (<see cref="IHubSession.PrefetchAsync"/>).
    /// </summary>
    private async Task<ReplaySummary> ApplyInOrderAsync(ChannelReader<List<Step>> steps, int total, Action<IngestReport> onReport,
        IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var summary = new ReplaySummary();
        var rawEntries = new Dictionary<int, RawPayloadEntry>();
        IHubSession? session = null;
        var inTransaction = 0;
        try
        {
            await foreach (var batch in steps.ReadAllAsync(ct))
            {
                session ??= await store.BeginAsync(ct);
                await session.PrefetchAsync(batch.Where(s => !rawEntries.ContainsKey(s.File)).Select(s => s.Parsed.Payload).Distinct().ToList(),
                    batch.Select(s => s.Prepared?.Id).OfType<string>().ToList(), ct);
                foreach (var step in batch)
                {
                    if (!await ApplyAsync(step, session, rawEntries, summary, onReport, ct)) continue;
                    inTransaction++;
                    progress?.Report((step.Done, total));
                }
                if (inTransaction < RecordsPerTransaction) continue;
                await session.CommitAsync(ct);
                await session.DisposeAsync();
                session = null;
                inTransaction = 0;
            }
            if (session is not null) await session.CommitAsync(ct);
        }
        finally
        {
            if (session is not null) await session.DisposeAsync();
        }
        return summary;
    }

    /// <summary>Stores the step's payload the first time one of its records comes, then applies the record; false when the payload was stored before.</summary>
    private async Task<bool> ApplyAsync(Step step, IHubSession session, Dictionary<int, RawPayloadEntry> rawEntries, ReplaySummary summary,
        Action<IngestReport> onReport, CancellationToken ct)
    {
        var payload = step.Parsed.Payload;
        if (!rawEntries.TryGetValue(step.File, out var raw))
        {
            raw = await pipeline.StoreRawAsync(payload, session, ct);
            rawEntries[step.File] = raw;
            if (!raw.IsNew) summary.DuplicatePayloads++;
        }
        if (step.LastOfFile) rawEntries.Remove(step.File); // keeps memory flat: the file is done
        if (!raw.IsNew) return false;
        var report = new IngestReport { Channel = payload.Channel, File = payload.Name };
        await pipeline.ApplyAsync(payload, raw, step.Result, session, report, ct, step.Prepared);
        summary.Add(report);
        onReport(report);
        return true;
    }
}
