using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Cli;
using YiQiSuBan.Host.Hosting;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Support;

/// <summary>The hub's real services (pipeline, outbox, senders, status, supervision) on a temporary SQLite store, with test settings.</summary>
public sealed class DeliveryHub : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yiqisuban-delivery-" + Guid.NewGuid().ToString("N"));

    private TempPostgres? _postgres;

    private DeliveryHub(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; private set; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public IHubStore Store => Get<IHubStore>();

    public static async Task<DeliveryHub> StartAsync(IDictionary<string, string?> settings, TimeProvider? clock = null, bool postgres = false)
    {
        var hub = new DeliveryHub(null!);
        string? store = null;
        if (postgres)
        {
            hub._postgres = await TempPostgres.CreateSchemaAsync();
            store = "postgres:" + hub._postgres.ConnectionString;
        }
        var all = new Dictionary<string, string?>
        {
            ["Mappings:Path"] = RepoPaths.Mappings,
            ["Outbox:InitialRetryDelay"] = "00:00:00.010",
            ["Outbox:MaxRetryDelay"] = "00:00:00.050",
            // synthetic orders share one text: matching them is the dedupe tests' business, not delivery's
            ["Dedupe:Enabled"] = "false",
        };
        foreach (var (k, v) in settings) all[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        if (clock is not null) services.AddSingleton(clock);
        services.AddHub(configuration, store ?? "sqlite:" + Path.Combine(hub._folder, "hub.db"));
        services.AddDelivery();
        hub.Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await hub.Store.MigrateAsync();
        return hub;
    }

    /// <summary>Ingests a synthetic 12345 order through the real pipeline; returns its feed events.</summary>
    public async Task<IngestReport> IngestAsync(string orderNo, int version = 1, bool confidential = false, DateTimeOffset? at = null)
    {
        var when = at ?? DateTimeOffset.UtcNow;
        return await SyntheticOrders.IngestAsync(Get<IngestPipeline>(), Store, SyntheticOrders.Record(orderNo, when.AddMinutes(version), version, confidential), when, CancellationToken.None);
    }

    /// <summary>Stores a complaint of any channel as the pipeline would (for channels whose parser is not built yet).</summary>
    public Task<string> SeedAsync(string channel, string sourceId, bool confidential = false) => Seed.ComplaintAsync(Services, channel, sourceId, confidential);

    /// <summary>Pumps the outbox until nothing is pending and due within <paramref name="timeout"/>.</summary>
    public async Task PumpUntilAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var pump = Get<OutboxPump>();
        var until = DateTime.UtcNow + timeout;
        while (!await done())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("outbox did not reach the expected state");
            if (await pump.RunOnceAsync(CancellationToken.None) == 0) await Task.Delay(10);
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> OutboxAsync(string? status = null) => await Get<OutboxAdmin>().ListAsync(status);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
