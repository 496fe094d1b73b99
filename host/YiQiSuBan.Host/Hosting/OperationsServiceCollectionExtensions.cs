using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Telemetry;
using YiQiSuBan.Storage.Features;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Registers the operator commands shared by verbs and console (re-drive, corrections, verification) and the metrics observer.</summary>
public static class OperationsServiceCollectionExtensions
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new MappingSource(configuration["Mappings:Path"] ?? MappingCatalog.DefaultFolder()));
        services.AddSingleton<IQuarantineStore, DapperQuarantineStore>();
        services.AddSingleton<IOpsQueries, DapperOpsQueries>();
        services.AddSingleton<OperatorActions>();
        services.AddSingleton<OperatorCommands>();
        services.AddSingleton<QuarantineRedrive>();
        services.AddSingleton<LinkExplainer>();
        services.AddSingleton<DedupeViews>();
        services.AddSingleton<IIngestObserver, MetricsIngestObserver>();
        return services;
    }
}
