using YiQiSuBan.Connectors;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.TestKit;

/// <summary>The real pipeline over the repository's mappings and formats, on a store the test chooses.</summary>
public static class Hub
{
    private static readonly Lazy<MappingCatalog> LazyCatalog = new(() => MappingCatalog.Load(RepoPaths.Mappings));

    public static MappingCatalog Catalog => LazyCatalog.Value;

    public static FormatRegistry Formats { get; } = new(ChannelFormats.All());

    public static ComplaintMapper Mapper => new(Catalog);

    public static IngestPipeline Pipeline(IHubStore store, IComplaintMatcher? matcher = null, params IIngestObserver[] observers) =>
        new(store, Formats, Mapper, matcher ?? new NoMatching(), observers);
}
