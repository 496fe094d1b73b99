using System.Diagnostics;
using System.Text;
using YiQiSuBan.Benchmarks;
using YiQiSuBan.Connectors;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

// Replay benchmark: builds N records from the shared hotline12345 push samples and replays them into a fresh store.
// Dedupe benchmark (first argument "dedupe"): candidate lookup times over N stored complaints (DedupeBench).
if (args.Length > 0 && args[0] == "dedupe")
{
    await DedupeBench.RunAsync(DedupeBenchOptions.Parse(args));
    return;
}
var options = BenchOptions.Parse(args);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var work = Directory.CreateTempSubdirectory("yiqisuban-bench-");
try
{
    var samples = Path.Combine(RepoPaths.SharedChannels, "hotline12345", "samples");
    var sw = Stopwatch.StartNew();
    SampleMultiplier.Write(samples, options.Records, work.FullName);
    Console.WriteLine($"wrote {options.Records} push payloads in {sw.Elapsed.TotalSeconds:F1} s");

    var real = new FormatRegistry(ChannelFormats.All());
    var entries = RecordedPayloads.Find(work.FullName, "hotline12345", real.Channels);
    var formats = options.Format switch
    {
        "real" => real,
        "test" => PushEventTestFormat.Registry,
        _ => real.TryGet("hotline12345", out var f) && f.Parse(RecordedPayloads.Load(entries[0])).Any(r => r.Record is not null) ? real : PushEventTestFormat.Registry,
    };
    Console.WriteLine($"format: {(formats == real ? "connectors' hotline12345 parser" : "test push format (the connectors' parser reads no record yet)")}");

    await using ITempStore temp = options.Store switch
    {
        "sqlite" => new TempSqlite(),
        "postgres" => await TempPostgres.CreateSchemaAsync(),
        _ => new MemoryTempStore(),
    };
    await temp.Store.MigrateAsync();
    var pipeline = new IngestPipeline(temp.Store, formats, new ComplaintMapper(MappingCatalog.Load(RepoPaths.Mappings)), new NoMatching(), []);
    var probe = new MemoryProbe(options.Checkpoint);
    var events = 0;

    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    sw.Restart();
    var summary = await new ReplayRunner(temp.Store, pipeline).RunAsync(entries, r => events += r.Events.Count, probe);
    sw.Stop();
    var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

    var counts = summary.Channels.Values.Single();
    Console.WriteLine($"store: {options.Store}; records: {summary.TotalRecords}; created {counts.Created}, updated {counts.Updated}, unchanged {counts.Unchanged}, quarantined {counts.Quarantined}; feed events {events}");
    Console.WriteLine($"replay: {sw.Elapsed.TotalSeconds:F1} s, {summary.TotalRecords / sw.Elapsed.TotalSeconds:F0} records/s " +
        $"(hub process CPU {cpu.TotalSeconds:F1} s = {summary.TotalRecords / cpu.TotalSeconds:F0} records per CPU-second; load average {LoadAverage.Read()})");
    foreach (var (done, peak, working, heap) in probe.Points)
        Console.WriteLine($"at {done,7} records: peak working set {peak / 1048576.0:F0} MiB, working set {working / 1048576.0:F0} MiB, live managed heap {heap / 1048576.0:F0} MiB");
}
finally
{
    work.Delete(recursive: true);
}
