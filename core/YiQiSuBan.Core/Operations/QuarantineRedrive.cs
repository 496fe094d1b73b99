using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>
/// Re-drives quarantined items after a mapping (or parser) fix: the stored raw payload is parsed again and the
/// item's record runs through <see cref="IngestPipeline"/> with the mapping files as they are now. When it passes,
/// the complaint, its feed event and the audit entries land with the item marked resolved and an operator.action
/// entry, in one transaction; when it still fails, nothing is written and the new stage and reason are returned.
/// Shared by the <c>quarantine redrive</c> verb and the ops console.
/// </summary>
public sealed class QuarantineRedrive(
    IHubStore store, IQuarantineStore quarantine, FormatRegistry formats, MappingSource mappings,
    IComplaintMatcher matcher, IEnumerable<IIngestObserver> observers, OperatorActions actions)
{
    private readonly IIngestObserver[] _observers = observers.ToArray();

    /// <summary>Re-drives the given items (each in its own transaction), with one pipeline over the current mappings.</summary>
    public async Task<IReadOnlyList<RedriveOutcome>> RedriveAsync(IReadOnlyList<long> ids, string who, string? why, CancellationToken ct = default)
    {
        var pipeline = new IngestPipeline(store, formats, mappings.Current(), matcher, _observers);
        var outcomes = new List<RedriveOutcome>(ids.Count);
        foreach (var id in ids) outcomes.Add(await RedriveOneAsync(pipeline, id, who, why, ct));
        return outcomes;
    }

    /// <summary>Re-drives every open item (optionally of one channel).</summary>
    public async Task<IReadOnlyList<RedriveOutcome>> RedriveAllAsync(string? channel, string who, string? why, CancellationToken ct = default)
    {
        IReadOnlyList<QuarantineEntry> open;
        await using (var session = await store.BeginAsync(ct))
            open = await quarantine.ListAsync(session, channel, null, QuarantineEntry.Open, 100_000, ct);
        return await RedriveAsync(open.Select(e => e.Item.Id).Order().ToList(), who, why, ct);
    }

    private async Task<RedriveOutcome> RedriveOneAsync(IngestPipeline pipeline, long id, string who, string? why, CancellationToken ct)
    {
        QuarantineEntry? entry;
        await using (var read = await store.BeginAsync(ct))
            entry = await quarantine.GetAsync(read, id, ct) ?? throw new ArgumentException($"no quarantine item {id}");
        if (entry.Status == QuarantineEntry.Resolved) return Skip(id, "already resolved");
        var item = entry.Item;
        if (item.RawId is not { } rawId) return Skip(id, "no raw payload was kept for this item");
        var bytes = await store.GetRawBytesAsync(rawId, ct);
        if (bytes is not { Length: > 0 }) return Skip(id, "the raw payload's bytes were pruned by retention");

        var payload = new RawPayload { Channel = item.Channel, Name = item.File, Bytes = bytes, ReceivedAt = item.At };
        var selected = Select(pipeline.ParseAll(payload), item);
        if (selected.Count == 0) return new RedriveOutcome { Id = id, Result = RedriveOutcome.Failing, Stage = "parse", Reason = "the record is no longer found in its payload" };

        var raw = new RawPayloadEntry(rawId, item.Channel, item.File, payload.Sha256, item.At, payload.Delivery, IsNew: false);
        var report = new IngestReport { Channel = item.Channel, File = item.File };
        await using var session = await store.BeginAsync(ct);
        foreach (var result in selected) await pipeline.ApplyAsync(payload, raw, result, session, report, ct);
        if (report.Quarantined.FirstOrDefault() is { } again)
            return new RedriveOutcome { Id = id, Result = RedriveOutcome.Failing, Stage = again.Stage, Reason = again.Reason }; // disposed uncommitted: nothing kept

        await quarantine.ResolveAsync(session, id, ct);
        await actions.RecordAsync(session, "quarantine:" + id, who, "quarantine.redrive", why, ct,
            ("channel", item.Channel), ("stage", item.Stage), ("rawId", rawId), ("events", report.Events.Count));
        await session.CommitAsync(ct);
        return new RedriveOutcome { Id = id, Result = RedriveOutcome.Passed, Events = report.Events.Count };
    }

    /// <summary>The parse results that stand for the item: its source id, else its row, else the whole payload.</summary>
    private static List<ParseResult> Select(IReadOnlyList<ParseResult> results, QuarantineItem item)
    {
        if (item.SourceId is { } sourceId) return results.Where(r => r.Record?.SourceId == sourceId).ToList();
        if (item.Row is { } row) return results.Where(r => r.Row == row).ToList();
        return results.ToList();
    }

    private static RedriveOutcome Skip(long id, string reason) => new() { Id = id, Result = RedriveOutcome.Skipped, Reason = reason };
}
