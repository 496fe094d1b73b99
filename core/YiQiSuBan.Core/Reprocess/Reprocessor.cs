using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Reprocess;

/// <summary>
/// Re-normalizes a channel's stored raw payloads with the current parser and mapping: rebuilds each source record
/// in source order (as replay does), maps it, and compares with the stored complaint. A real run saves changed
/// complaints, puts complaint.updated on the feed, tells the observers (audit: complaint.mapped with the mapping
/// version) and records an operator.action entry; a dry run only reports.
/// </summary>
public sealed class Reprocessor(IHubStore store, FormatRegistry formats, ComplaintMapper mapper, AuditLog log, IEnumerable<IIngestObserver> observers)
{
    private readonly IIngestObserver[] _observers = observers.ToArray();

    public async Task<ReprocessResult> RunAsync(string channel, DateTimeOffset? since, bool dryRun, string who, string why, CancellationToken ct = default)
    {
        if (!formats.TryGet(channel, out var format)) throw new ArgumentException($"no format is registered for channel '{channel}'");
        var version = mapper.Catalog.Mapping(channel).Version;
        var result = new ReprocessResult { Channel = channel, MappingVersion = version, DryRun = dryRun };
        await using var session = await store.BeginAsync(ct);
        var (snapshots, touched) = await RebuildAsync(session, format, channel, since, result, ct);
        foreach (var id in touched.Order(StringComparer.Ordinal))
            await ReprocessOneAsync(session, id, snapshots[id], version, dryRun, result, ct);
        if (dryRun) return result;
        await log.AppendAsync(session, AuditKinds.OperatorAction, "channel:" + channel, AuditBody.Of(
            ("who", who), ("what", "reprocess"), ("why", why), ("mappingVersion", version), ("since", since?.ToString("O")),
            ("changed", result.Changed.Count), ("unchanged", result.Unchanged)), ct);
        await session.CommitAsync(ct);
        return result;
    }

    private async Task<(Dictionary<string, SourceRecord> Snapshots, HashSet<string> Touched)> RebuildAsync(
        IHubSession session, IChannelFormat format, string channel, DateTimeOffset? since, ReprocessResult result, CancellationToken ct)
    {
        var records = new List<(DateTimeOffset At, int Payload, int Index, SourceRecord Record, bool Recent)>();
        await foreach (var raw in log.Repository(session).RawPayloadsAsync(session, channel, ct))
        {
            if (raw.Bytes is not { Length: > 0 } bytes) continue;
            var payload = new RawPayload { Channel = raw.Channel, Name = raw.Name, Bytes = bytes, ReceivedAt = raw.ReceivedAt, Delivery = raw.Delivery };
            var index = 0;
            foreach (var parsed in format.Parse(payload))
                if (parsed.Record is { } r) records.Add((r.OccurredAt ?? raw.ReceivedAt, result.Payloads, index++, r, since is null || raw.ReceivedAt >= since));
            result.Payloads++;
        }
        records.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Payload != b.Payload ? a.Payload.CompareTo(b.Payload) : a.Index.CompareTo(b.Index));
        var snapshots = new Dictionary<string, SourceRecord>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, _, _, record, recent) in records)
        {
            var id = ComplaintIds.For(record.Channel, record.SourceId);
            if (recent) touched.Add(id);
            if (!snapshots.TryGetValue(id, out var known)) snapshots[id] = record;
            else if (!SourceRecordMerge.IsOlder(record, known)) snapshots[id] = SourceRecordMerge.Merge(known, record);
        }
        return (snapshots, touched);
    }

    private async Task ReprocessOneAsync(IHubSession session, string id, SourceRecord snapshot, string version, bool dryRun, ReprocessResult result, CancellationToken ct)
    {
        var stored = await session.GetComplaintAsync(id, ct);
        if (stored?.Complaint is not { } previous) return;
        result.Complaints++;
        Complaint complaint;
        try
        {
            complaint = IngestPipeline.CarryOver(mapper.Map(snapshot, previous.ReceivedAt, previous.RawDigest), previous);
        }
        catch (MappingException)
        {
            result.Failed++;
            return;
        }
        var hash = ContentDigest.Of(complaint);
        if (hash == stored.ContentHash || ComplaintValidator.Validate(complaint) is not null)
        {
            if (hash == stored.ContentHash) result.Unchanged++; else result.Failed++;
            return;
        }
        result.Changed.Add(id);
        foreach (var field in ComplaintDiff.ChangedFields(previous, complaint))
            result.FieldCounts[field] = result.FieldCounts.GetValueOrDefault(field) + 1;
        if (dryRun) return;
        await session.SaveComplaintAsync(stored with { Snapshot = snapshot, Complaint = complaint, ContentHash = hash, MappingVersion = version }, ct);
        var feedEvent = new FeedEvent { Type = FeedEventTypes.Updated, ComplaintId = id, At = log.Time.GetUtcNow(), Complaint = complaint };
        feedEvent = feedEvent with { Seq = await session.AppendFeedAsync(feedEvent, ct) };
        foreach (var o in _observers) await o.OnComplaintChangedAsync(previous, feedEvent, version, session, ct);
    }
}
