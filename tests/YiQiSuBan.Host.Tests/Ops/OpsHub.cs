using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>
/// The whole hub over HTTP on a temporary SQLite store with its own copy of the mapping files (so a test can break
/// and fix a mapping), an ops API key, and helpers that seed quarantined rows, a duplicate pair and a red card.
/// </summary>
public sealed class OpsHub : IAsyncDisposable
{
    public const string OfflineContentColumn = "\"content\": { \"from\": [\"诉求内容\"] }";
    private const string BrokenContentColumn = "\"content\": { \"from\": [\"诉求内容（旧列名）\"] }";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yiqisuban-ops-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;

    public string ApiKey { get; private set; } = "";
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _factory.Services;
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
    private string MappingsFolder => Path.Combine(_folder, "mappings");

    /// <summary>Starts the hub; <paramref name="kestrel"/> serves it on a real port (for the browser).</summary>
    public static async Task<OpsHub> StartAsync(bool kestrel, IDictionary<string, string?>? settings = null)
    {
        var hub = new OpsHub();
        CopyFolder(RepoPaths.Mappings, hub.MappingsFolder);
        hub._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Store", "sqlite:" + Path.Combine(hub._folder, "hub.db"))
             .UseSetting("Mappings:Path", hub.MappingsFolder)
             .UseSetting("Outbox:DispatcherEnabled", "false")
             .UseSetting("Supervision:ScanEnabled", "false")
             .UseSetting("Simulators:Enabled", "false")
             .UseSetting("Hangfire:Enabled", "false")
             .UseSetting("Ops:MetricsSampleSeconds", "0.2");
            foreach (var channel in new[] { "hotline12345", "people-board", "mayor-mailbox", "city-hub", "supervision", "offline" })
                b.UseSetting($"Channels:{channel}:Enabled", "false");
            foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) b.UseSetting(k, v);
        });
        if (kestrel)
        {
            hub._factory.UseKestrel(0);
            hub._factory.StartServer();
            hub.BaseUrl = hub.Get<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        }
        else
        {
            _ = hub._factory.Server;
        }
        hub.ApiKey = (await hub.Get<ApiKeyService>().AddAsync("console-test", ApiRole.Ops))!;
        return hub;
    }

    public HttpClient Client(bool withKey = true)
    {
        var client = _factory.CreateClient();
        if (withKey) client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    /// <summary>
    /// Breaks the offline mapping's content column (the hub keeps the broken mapping it loaded at start, as after a
    /// mapping change the source did not follow) and ingests the GBK offline batch: its rows land in quarantine.
    /// </summary>
    public async Task<IngestReport> IngestOfflineBatchWithBrokenMappingAsync()
    {
        var path = Path.Combine(MappingsFolder, "offline.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace(OfflineContentColumn, BrokenContentColumn, StringComparison.Ordinal));
        var pipeline = new IngestPipeline(Get<IHubStore>(), Get<FormatRegistry>(), new ComplaintMapper(MappingCatalog.Load(MappingsFolder)), Get<IComplaintMatcher>(), Services.GetServices<IIngestObserver>());
        var payload = new RawPayload
        {
            Channel = "offline", Name = "batch-gbk.csv", Bytes = await File.ReadAllBytesAsync(RepoPaths.Fixture("offline", "batch-gbk.csv")),
            ReceivedAt = DateTimeOffset.UtcNow, Delivery = "upload",
        };
        return await pipeline.IngestAsync(payload);
    }

    /// <summary>Puts the offline mapping's content column back (the operator's mapping fix).</summary>
    public async Task FixOfflineMappingAsync()
    {
        var path = Path.Combine(MappingsFolder, "offline.json");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace(BrokenContentColumn, OfflineContentColumn, StringComparison.Ordinal));
    }

    /// <summary>The same complainant and matter filed on 12345 and on the people board: one duplicate link.</summary>
    public async Task<(string First, string Second)> SeedDuplicatePairAsync()
    {
        const string text = "榴园镇某工业园企业反映：园区道路施工挖断供水管道，已停水三天，影响生产，多次联系施工单位未果，请求尽快恢复供水并赔偿损失。";
        var at = DateTimeOffset.UtcNow.AddDays(-2);
        Complaint Make(string channel, string sourceId, int hours) => new()
        {
            Id = ComplaintIds.For(channel, sourceId), Channel = channel, Origin = channel, SourceId = sourceId, Content = text,
            SubmittedAt = at.AddHours(hours), ReceivedAt = at.AddHours(hours + 1), RawDigest = "",
            Complainant = new Complainant { Phone = "13800000001" }, Location = new Location { Township = "榴园镇" },
        };
        var first = Make("hotline12345", "dup-1", 0);
        var second = Make("people-board", "dup-2", 5);
        foreach (var c in new[] { first, second })
        {
            await using var session = await Get<IHubStore>().BeginAsync();
            await Get<DirectMatching>().AddAsync(c, session);
            await session.CommitAsync();
        }
        return (first.Id, second.Id);
    }

    /// <summary>A complaint handed over to a unit a week ago with no contact since: red cards on the 2151 board.</summary>
    public async Task<string> SeedRedCardAsync(string unit)
    {
        var id = await Support.Seed.ComplaintAsync(Services, "offline", "red-" + Guid.NewGuid().ToString("N")[..8]);
        await Get<StatusIntake>().ApplyAsync(id, new StatusUpdate { Kind = StatusKind.Assigned, At = DateTimeOffset.UtcNow.AddDays(-7), HandlingUnit = unit });
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
