using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Features;
using YiQiSuBan.TestKit;
using YiQiSuBan.TestKit.Audit;

namespace YiQiSuBan.Benchmarks;

/// <summary>The ingest pipeline with the features a run switches on, wired as the host wires them.</summary>
internal static class BenchPipeline
{
    /// <summary>Push target for the outbox rows; nothing is sent during a replay (no dispatcher runs).</summary>
    private const string CaseSystemUrl = "http://127.0.0.1:9/case-system";

    /// <summary>The pipeline; <paramref name="dedupe"/> null: no matching.</summary>
    public static IngestPipeline Create(IHubStore store, FormatRegistry formats, bool audit, IDedupeIndex? dedupe, bool outbox)
    {
        var observers = new List<IIngestObserver>();
        if (audit) observers.Add(new AuditIngestObserver(new AuditHarness().Log));
        if (outbox)
            observers.Add(new OutboxObserver(new OutboxWriter(new DapperOutboxStore(),
                Options.Create(new CaseSystemOptions { Url = CaseSystemUrl }), TimeProvider.System)));
        IComplaintMatcher matcher = dedupe is null ? new NoMatching() : new DedupeMatcher(dedupe, new DedupeOptions());
        return new IngestPipeline(store, formats, new ComplaintMapper(MappingCatalog.Load(RepoPaths.Mappings)), matcher, observers);
    }
}
