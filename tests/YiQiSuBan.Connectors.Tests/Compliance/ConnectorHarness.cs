using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YiQiSuBan.Connectors;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Hosting;

namespace YiQiSuBan.Connectors.Tests.Compliance;

/// <summary>The hub's real services (SQLite store in a temp folder, pipeline, connectors) configured against simulators.</summary>
public sealed class ConnectorHarness : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yqsb-conn-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private readonly TestKit.TempPostgres? _postgres;

    /// <summary>The hub on SQLite, or on a fresh PostgreSQL schema when <paramref name="storeKind"/> is postgres.</summary>
    public ConnectorHarness(IDictionary<string, string?> settings, IIngestObserver? observer = null, string storeKind = "sqlite")
    {
        if (storeKind == "postgres") _postgres = TestKit.TempPostgres.CreateSchemaAsync().GetAwaiter().GetResult();
        var all = new Dictionary<string, string?>(settings)
        {
            ["Store"] = _postgres is null ? "sqlite:" + Path.Combine(_folder, "hub.db") : "postgres:" + _postgres.ConnectionString,
            ["Mappings:Path"] = TestKit.RepoPaths.Mappings,
            // transports are under test here; simulated records repeat a few templates, which matching would link
            ["Dedupe:Enabled"] = "false",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        if (observer is not null) services.AddSingleton(observer);
        services.AddHub(configuration);
        services.AddConnectors();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Store.MigrateAsync().GetAwaiter().GetResult();
    }

    /// <summary>Fast resilience settings for tests: short timeouts and delays.</summary>
    public static Dictionary<string, string?> Fast(string key, Uri baseUrl) => new()
    {
        [$"Channels:{key}:BaseUrl"] = baseUrl.ToString(),
        [$"Channels:{key}:TimeoutSeconds"] = "1.5",
        [$"Channels:{key}:RetryBaseDelayMs"] = "5",
        [$"Channels:{key}:MaxRetries"] = "4",
        [$"Channels:{key}:MaxRetryAfterSeconds"] = "3",
        [$"Channels:{key}:RequestsPerSecond"] = "1000",
    };

    public IServiceProvider Services => _services;
    public IHubStore Store => _services.GetRequiredService<IHubStore>();
    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();
    public ConnectorStateStore State => _services.GetRequiredService<ConnectorStateStore>();

    public IChannelConnector Connector(string key) => _services.GetServices<IChannelConnector>().Single(c => c.Key == key);

    public Task<ConnectorRunResult> RunAsync(string key, CancellationToken ct = default) => Runner.RunAsync(Connector(key), ct);

    /// <summary>The bytes of every raw payload stored for <paramref name="channel"/>, in storing order.</summary>
    public async Task<IReadOnlyList<byte[]>> RawPayloadsAsync(string channel)
    {
        List<long> ids;
        await using (var session = await Store.BeginAsync())
            ids = (await session.Connection.QueryAsync<long>("SELECT id FROM raw_payloads WHERE channel = @channel ORDER BY id", new { channel }, session.Transaction)).ToList();
        var payloads = new List<byte[]>();
        foreach (var id in ids) payloads.Add((await Store.GetRawBytesAsync(id))!);
        return payloads;
    }

    /// <summary>How many complaints and created events the store holds for <paramref name="channel"/>.</summary>
    public async Task<(long Complaints, long Created, long MaxCreatedPerComplaint)> CountsAsync(string channel)
    {
        await using var session = await Store.BeginAsync();
        var c = session.Connection;
        var complaints = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM current_complaints WHERE channel = @channel AND complaint IS NOT NULL", new { channel }, session.Transaction);
        var created = await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM feed WHERE type = 'complaint.created' AND complaint_id IN (SELECT id FROM complaints WHERE channel = @channel)", new { channel }, session.Transaction);
        var max = await c.ExecuteScalarAsync<long?>("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM feed WHERE type = 'complaint.created' GROUP BY complaint_id) AS t", transaction: session.Transaction) ?? 0;
        return (complaints, created, max);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
