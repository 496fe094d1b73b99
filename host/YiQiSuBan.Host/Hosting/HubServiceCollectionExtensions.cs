using YiQiSuBan.Connectors;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage;

namespace YiQiSuBan.Host.Hosting;

/// <summary>Registers the hub: store, mappings, formats, pipeline.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Everything the pipeline needs, on the store named by the <c>Store</c> setting.</summary>
    public static IServiceCollection AddHub(this IServiceCollection services, IConfiguration configuration, string? storeOverride = null)
    {
        var location = StoreLocation.Parse(storeOverride ?? configuration["Store"]);
        services.AddSingleton(location);
        services.AddSingleton<IHubStore>(_ => location.Open());
        services.AddSingleton(_ => MappingCatalog.Load(configuration["Mappings:Path"] ?? MappingCatalog.DefaultFolder()));
        services.AddSingleton<ComplaintMapper>();
        services.AddChannelFormats();
        services.AddDedupe(configuration);
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<ReplayRunner>();
        services.AddAudit(configuration);
        return services;
    }

    /// <summary>Maps the hub's HTTP endpoints.</summary>
    public static WebApplication MapHub(this WebApplication app)
    {
        app.Services.GetRequiredService<IHubStore>().MigrateAsync().GetAwaiter().GetResult();
        return app;
    }
}
