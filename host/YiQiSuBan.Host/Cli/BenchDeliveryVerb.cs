using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// <c>bench delivery [--rate 200] [--seconds 10]</c>: ingests synthetic complaints at a fixed rate with push on,
/// a local receiver on a loopback port takes the webhooks; prints events/s delivered and received→delivered
/// latency (median, p99). Uses a temporary SQLite store unless --store is given.
/// </summary>
public sealed class BenchDeliveryVerb : ICliVerb
{
    public string Name => "bench delivery";
    public string Usage => "bench delivery [--rate 200] [--seconds 10] [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var rate = int.TryParse(args.Option("rate"), out var r) ? r : 200;
        var seconds = int.TryParse(args.Option("seconds"), out var s) ? s : 10;
        var folder = Path.Combine(Path.GetTempPath(), "yiqisuban-bench-" + Guid.NewGuid().ToString("N"));
        var store = args.Option("store") ?? "sqlite:" + Path.Combine(folder, "hub.db");
        var arrivals = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        await using var receiver = await StartReceiverAsync(arrivals, ct);
        var url = receiver.Urls.First() + "/hook";
        var configuration = new ConfigurationBuilder().AddConfiguration(context.Configuration).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseSystem:Url"] = url, ["CaseSystem:Secrets:0"] = "whsec_" + Convert.ToBase64String(new byte[24]), ["Outbox:PollInterval"] = "00:00:00.050",
        }).Build();
        try
        {
            await using var services = await new CliContext(context.Out, context.Error, configuration).ServicesAsync(store, ct);
            var dispatcher = new OutboxDispatcher(services.GetRequiredService<OutboxPump>(), services.GetRequiredService<OutboxSignal>(),
                services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>(), services.GetRequiredService<ILogger<OutboxDispatcher>>());
            await dispatcher.StartAsync(ct);
            var pipeline = services.GetRequiredService<IngestPipeline>();
            var hubStore = services.GetRequiredService<IHubStore>();
            var signal = services.GetRequiredService<OutboxSignal>();
            var started = new Dictionary<string, long>(StringComparer.Ordinal);
            var total = rate * seconds;
            var clock = Stopwatch.StartNew();
            var runId = Guid.NewGuid().ToString("N")[..6];
            for (var i = 0; i < total; i++)
            {
                var due = TimeSpan.FromSeconds((double)i / rate);
                if (clock.Elapsed < due) await Task.Delay(due - clock.Elapsed, ct);
                var t0 = Stopwatch.GetTimestamp();
                var report = await SyntheticOrders.IngestAsync(pipeline, hubStore, SyntheticOrders.Record($"BENCH-{runId}-{i:D6}", DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, ct);
                signal.Notify();
                foreach (var e in report.Events) started[OutboxWriter.EventIdFor(e)] = t0;
            }
            var ingestSeconds = clock.Elapsed.TotalSeconds;
            var deadline = Stopwatch.StartNew();
            while (arrivals.Count < started.Count && deadline.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50, ct);
            await dispatcher.StopAsync(ct);

            var latencies = started.Where(p => arrivals.ContainsKey(p.Key))
                .Select(p => Stopwatch.GetElapsedTime(p.Value, arrivals[p.Key]).TotalMilliseconds).Order().ToArray();
            var span = Stopwatch.GetElapsedTime(started.Values.Min(), arrivals.Values.DefaultIfEmpty(started.Values.Min()).Max()).TotalSeconds;
            var inv = CultureInfo.InvariantCulture;
            await context.Out.WriteLineAsync(string.Create(inv, $"store {store.Split(':')[0]}; offered {rate}/s for {seconds}s: ingested {started.Count} in {ingestSeconds:0.00}s ({started.Count / ingestSeconds:0.0}/s)"));
            await context.Out.WriteLineAsync(string.Create(inv, $"delivered {latencies.Length}/{started.Count} in {span:0.00}s = {latencies.Length / span:0.0} events/s"));
            if (latencies.Length > 0)
                await context.Out.WriteLineAsync(string.Create(inv, $"latency received→delivered ms: median {Pct(latencies, 0.5):0.0}, p95 {Pct(latencies, 0.95):0.0}, p99 {Pct(latencies, 0.99):0.0}, max {latencies[^1]:0.0}"));
            return latencies.Length == started.Count ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static double Pct(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static async Task<WebApplication> StartReceiverAsync(ConcurrentDictionary<string, long> arrivals, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http1));
        var app = builder.Build();
        app.MapPost("/hook", (HttpRequest request) =>
        {
            arrivals.TryAdd(request.Headers["webhook-id"].ToString(), Stopwatch.GetTimestamp());
            return Results.NoContent();
        });
        await app.StartAsync(ct);
        return app;
    }
}
