using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Telemetry;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// The one door every payload enters (replay, poll, webhook, upload): keep the raw bytes, parse, map,
/// validate, match, then persist complaint + feed event in the same transaction. Bad records are
/// quarantined with stage and reason; the rest of the payload goes on.
/// </summary>
public sealed class IngestPipeline(IHubStore store, FormatRegistry formats, ComplaintMapper mapper, IComplaintMatcher matcher, IEnumerable<IIngestObserver> observers)
{
    private readonly IIngestObserver[] _observers = observers.ToArray();

    /// <summary>Parses and applies a whole payload in one transaction.</summary>
    public async Task<IngestReport> IngestAsync(RawPayload payload, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var report = await IngestAsync(payload, session, ParseAll(payload), ct);
        await session.CommitAsync(ct);
        return report;
    }

    /// <summary>Applies the results of one payload inside a caller's session.</summary>
    public async Task<IngestReport> IngestAsync(RawPayload payload, IHubSession session, IEnumerable<ParseResult> results, CancellationToken ct)
    {
        var report = new IngestReport { Channel = payload.Channel, File = payload.Name };
        var all = results.Select(r => (Result: r, Prepared: r.Record is { } record ? Prepare(payload, record, speculate: false) : null)).ToList();
        await session.PrefetchAsync([payload], all.Select(r => r.Prepared?.Id).OfType<string>().ToList(), ct);
        var raw = await StoreRawAsync(payload, session, ct);
        if (!raw.IsNew) return report with { DuplicatePayload = true };
        foreach (var (result, prepared) in all) await ApplyAsync(payload, raw, result, session, report, ct, prepared);
        return report;
    }

    /// <summary>Stores the raw bytes first (once per channel + digest) and tells the observers.</summary>
    public async Task<RawPayloadEntry> StoreRawAsync(RawPayload payload, IHubSession session, CancellationToken ct)
    {
        var raw = await session.AddRawAsync(payload, ct);
        if (raw.IsNew)
            foreach (var o in _observers) await o.OnRawStoredAsync(payload, raw, session, ct);
        return raw;
    }

    /// <summary>
    /// Applies one parse result of a payload whose raw bytes are already stored (<paramref name="raw"/>).
    /// Replay uses this to apply records in source order across payloads.
    /// </summary>
    public async Task ApplyAsync(RawPayload payload, RawPayloadEntry raw, ParseResult result, IHubSession session, IngestReport report, CancellationToken ct,
        PreparedRecord? prepared = null)
    {
        if (result.Record is { } record)
        {
            report.Records++;
            HubMetrics.RecordsIn.Add(1, HubMetrics.Channel(record.Channel));
            await ApplyRecordAsync(payload, raw, ReferenceEquals(prepared?.Record, record) ? prepared : Prepare(payload, record, speculate: false), session, report, ct);
        }
        else
        {
            await QuarantineAsync(session, report, payload, raw.Id, "parse", result.Error ?? "unreadable", result.Row, null, ct);
        }
    }

    /// <summary>Parses a payload, turning a parser crash into one payload-level failure.</summary>
    public IReadOnlyList<ParseResult> ParseAll(RawPayload payload)
    {
        using var span = PipelineTracing.Stage("parse", payload.Channel);
        if (!formats.TryGet(payload.Channel, out var format))
            return [ParseResult.Fail($"no format is registered for channel '{payload.Channel}'")];
        try
        {
            return format.Parse(payload).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [ParseResult.Fail($"the payload cannot be read as {payload.Channel}: {e.GetType().Name}")];
        }
    }

    /// <summary>
    /// When each record of the payload happened, by the format's cheap reader (<see cref="IOrderKeyReader"/>); false when
    /// the format has none or declines, and the payload must be parsed to tell.
    /// </summary>
    public bool TryReadOrderKeys(RawPayload payload, List<DateTimeOffset?> keys)
    {
        if (!formats.TryGet(payload.Channel, out var format) || format is not IOrderKeyReader reader) return false;
        try
        {
            return reader.TryReadOrderKeys(payload, keys);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            keys.Clear();
            return false; // the parse will say what is wrong
        }
    }

    /// <summary>
    /// Does the store-free work on a record (id, mapping as a first filing, validation, JSON, content hash) so a replay
    /// can run it beside the writer. Pure: safe on any thread.
    /// </summary>
    public PreparedRecord? Prepare(RawPayload payload, ParseResult result) => result.Record is { } record ? Prepare(payload, record, speculate: true) : null;

    private PreparedRecord Prepare(RawPayload payload, SourceRecord record, bool speculate)
    {
        var id = ComplaintIds.For(record.Channel, record.SourceId);
        if (!speculate) return new PreparedRecord(record, id, null, null);
        using var span = PipelineTracing.Stage("map", record.Channel);
        try
        {
            var mappingVersion = mapper.Catalog.Mapping(record.Channel).Version;
            var complaint = mapper.Map(record, payload.ReceivedAt, payload.Sha256);
            if (ComplaintValidator.Validate(complaint) is not null) return new PreparedRecord(record, id, null, null);
            ContentDigest.Of(complaint);
            HubJson.Warm(complaint, record);
            matcher.Prepare(complaint);
            return new PreparedRecord(record, id, complaint, mappingVersion);
        }
        catch (MappingException)
        {
            return new PreparedRecord(record, id, null, null); // the writer maps again and quarantines with the reason
        }
    }

    private async Task ApplyRecordAsync(RawPayload payload, RawPayloadEntry raw, PreparedRecord prepared, IHubSession session, IngestReport report, CancellationToken ct)
    {
        var (record, id) = (prepared.Record, prepared.Id);
        var known = await session.GetComplaintAsync(id, ct);
        SourceRecord merged;
        if (known is null) merged = record;
        else if (!SourceRecordMerge.IsOlder(record, known.Snapshot)) merged = SourceRecordMerge.Merge(known.Snapshot, record);
        else if (SourceRecordMerge.CompletesPartial(record, known.Snapshot)) merged = SourceRecordMerge.Merge(record, known.Snapshot);
        else
        {
            await session.AddHistoryAsync(id, record, raw.Id, "stale", ct);
            report.Stale++;
            return;
        }
        var (mapped, mappingVersion) = known is null && prepared.AsFirstFiling is { } ready
            ? (ready, prepared.MappingVersion!)
            : await MapAsync(payload, raw, record, merged, known, session, report, ct);
        if (mapped is not { } complaint) return;

        var previous = known?.Complaint;
        if (previous is not null)
            complaint = CarryOver(complaint, previous);
        MatchFollowUp followUp;
        using (PipelineTracing.Stage("match", record.Channel))
        {
            complaint = await matcher.MatchAsync(complaint, session, ct);
            followUp = matcher.TakeFollowUp(session);
        }
        using var persist = PipelineTracing.Stage("persist", record.Channel);

        var hash = ContentDigest.Of(complaint);
        if (previous is not null && hash == known!.ContentHash)
        {
            await session.AddHistoryAsync(id, record, raw.Id, "unchanged", ct);
            report.Unchanged++;
            await ApplyFollowUpAsync(followUp, payload.ReceivedAt, session, report, ct);
            return;
        }

        await session.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = merged, Complaint = complaint, ContentHash = hash, MappingVersion = mappingVersion, RawId = raw.Id }, ct);
        var type = EventType(previous, complaint);
        var feedEvent = new FeedEvent { Type = type, ComplaintId = id, At = payload.ReceivedAt, Complaint = complaint };
        feedEvent = feedEvent with { Seq = await session.AppendFeedAsync(feedEvent, ct) };
        foreach (var o in _observers) await o.OnComplaintChangedAsync(previous, feedEvent, mappingVersion, session, ct);
        report.Events.Add(feedEvent);
        if (previous is null) report.Created++; else report.Updated++;
        await ApplyFollowUpAsync(followUp, payload.ReceivedAt, session, report, ct);
    }

    /// <summary>Maps and validates a (merged) record; null when it was quarantined or kept as a partial list row.</summary>
    private async Task<(Complaint? Complaint, string MappingVersion)> MapAsync(RawPayload payload, RawPayloadEntry raw, SourceRecord record, SourceRecord merged,
        StoredComplaint? known, IHubSession session, IngestReport report, CancellationToken ct)
    {
        Complaint complaint;
        string mappingVersion;
        using (PipelineTracing.Stage("map", record.Channel))
        try
        {
            mappingVersion = mapper.Catalog.Mapping(record.Channel).Version;
            complaint = mapper.Map(merged, known?.Complaint?.ReceivedAt ?? payload.ReceivedAt, payload.Sha256);
        }
        catch (MappingException) when (merged.IsPartial)
        {
            // a list row alone is not a complaint yet: keep what it says until the full record arrives
            await session.SaveComplaintAsync(new StoredComplaint { Id = ComplaintIds.For(record.Channel, record.SourceId), Snapshot = merged, Complaint = known?.Complaint,
                ContentHash = known?.ContentHash, MappingVersion = known?.MappingVersion, RawId = raw.Id }, ct);
            return (null, "");
        }
        catch (MappingException e)
        {
            await QuarantineAsync(session, report, payload, raw.Id, "map", e.Message, record.Row, record.SourceId, ct);
            return (null, "");
        }

        if (Validate(complaint) is { } problem)
        {
            await QuarantineAsync(session, report, payload, raw.Id, "validate", problem, record.Row, record.SourceId, ct);
            return (null, "");
        }
        return (complaint, mappingVersion);
    }

    /// <summary>Saves the complaints a match revised and puts their events and the match's notices on the feed.</summary>
    public async Task ApplyFollowUpAsync(MatchFollowUp followUp, DateTimeOffset at, IHubSession session, IngestReport? report, CancellationToken ct)
    {
        foreach (var revised in followUp.Revised) await ReviseAsync(revised, at, session, report, ct);
        foreach (var notice in followUp.Notices)
        {
            var e = notice with { Seq = await session.AppendFeedAsync(notice, ct) };
            report?.Events.Add(e);
        }
    }

    /// <summary>
    /// Stores a new version of an existing complaint that changed outside its source (links set by matching or an
    /// operator) and puts its event on the feed; nothing when nothing changed.
    /// </summary>
    public async Task<FeedEvent?> ReviseAsync(Complaint revised, DateTimeOffset at, IHubSession session, IngestReport? report, CancellationToken ct)
    {
        var known = await session.GetComplaintAsync(revised.Id, ct);
        if (known?.Complaint is null) return null;
        var hash = ContentDigest.Of(revised);
        if (hash == known.ContentHash) return null;
        await session.SaveComplaintAsync(known with { Complaint = revised, ContentHash = hash }, ct);
        var feedEvent = new FeedEvent { Type = EventType(known.Complaint, revised), ComplaintId = revised.Id, At = at, Complaint = revised };
        feedEvent = feedEvent with { Seq = await session.AppendFeedAsync(feedEvent, ct) };
        foreach (var o in _observers) await o.OnComplaintChangedAsync(known.Complaint, feedEvent, known.MappingVersion ?? "", session, ct);
        report?.Events.Add(feedEvent);
        return feedEvent;
    }

    private static string? Validate(Complaint complaint)
    {
        using var span = PipelineTracing.Stage("validate", complaint.Channel);
        return ComplaintValidator.Validate(complaint);
    }

    /// <summary>
    /// What a newly mapped version keeps from the previous one: its dedupe links (the matcher revises them), and the
    /// 2151 clock, which starts at the first hand-over (a re-sent order with a later transfer time does not restart it).
    /// </summary>
    public static Complaint CarryOver(Complaint current, Complaint previous) =>
        current with
        {
            DuplicateOf = previous.DuplicateOf,
            Related = previous.Related,
            Deadlines = previous.Deadlines.ContactBy is null ? current.Deadlines : current.Deadlines with
            {
                ContactBy = previous.Deadlines.ContactBy,
                FirstFeedbackBy = previous.Deadlines.FirstFeedbackBy,
                ResolveBy = previous.Deadlines.ResolveBy,
            },
        };

    private static string EventType(Complaint? previous, Complaint current)
    {
        if (current.DuplicateOf is not null && previous?.DuplicateOf != current.DuplicateOf) return FeedEventTypes.Duplicate;
        if (previous is null) return FeedEventTypes.Created;
        if (current.Status.State == ComplaintState.Withdrawn && previous.Status.State != ComplaintState.Withdrawn) return FeedEventTypes.Withdrawn;
        return FeedEventTypes.Updated;
    }

    private async Task QuarantineAsync(IHubSession session, IngestReport report, RawPayload payload, long rawId, string stage, string reason, int? row, string? sourceId, CancellationToken ct)
    {
        var item = new QuarantineItem { Channel = payload.Channel, File = payload.Name, RawId = rawId, Row = row, SourceId = sourceId, Stage = stage, Reason = reason, At = payload.ReceivedAt };
        item = item with { Id = await session.QuarantineAsync(item, ct) };
        foreach (var o in _observers) await o.OnQuarantinedAsync(item, session, ct);
        report.Quarantined.Add(item);
    }
}
