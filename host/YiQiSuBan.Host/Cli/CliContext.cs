using Microsoft.Extensions.Configuration;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Hosting;

namespace YiQiSuBan.Host.Cli;

/// <summary>What a verb gets: output streams and a way to build the hub's services on a chosen store.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, IConfiguration configuration)
{
    public TextWriter Out { get; } = output;
    public TextWriter Error { get; } = error;
    public IConfiguration Configuration { get; } = configuration;

    /// <summary>Who an operator verb acts as in the audit trail: the OS user.</summary>
    public static string Operator => "cli:" + Environment.UserName;

    /// <summary>The hub's services on <paramref name="store"/> (null: the configured Store), with the store migrated.</summary>
    public async Task<ServiceProvider> ServicesAsync(string? store, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Configuration);
        services.AddHub(Configuration, store);
        services.AddDelivery();
        YiQiSuBan.Connectors.ConnectorServiceCollectionExtensions.AddConnectors(services);
        services.AddOperations(Configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IHubStore>().MigrateAsync(ct);
        return provider;
    }
}
