using System.Diagnostics;
using System.Text;
using YiQiSuBan.Benchmarks;
using YiQiSuBan.Connectors;
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
    var mix = options.RealisticMix ? new MatterMix(DedupeCorpus.Load(Path.Combine(RepoPaths.SharedChannels, "expected-dev.jsonl"), 7, 1).Texts, 7) : null;
    SampleMultiplier.Write(samples, options.Records, work.FullName, mix);
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

    if (options.Mode == "stages")
    {
        StageProfile.Run(formats, entries);
        return;
    }
    if (options.Mode == "audit")
    {
        // best of two alternating rounds each way, so a busy moment on the machine does not decide the ratio
        double off = 0, on = 0;
        for (var round = 0; round < 2; round++)
        {
            off = Math.Max(off, (await ReplayRun.RunAsync(options, formats, entries, audit: false)).RecordsPerSecond);
            on = Math.Max(on, (await ReplayRun.RunAsync(options, formats, entries, audit: true)).RecordsPerSecond);
        }
        Console.WriteLine($"store: {options.Store}; dedupe {Switch(options.Dedupe)}, outbox {Switch(options.Outbox)}; audit off {off:F0} records/s, audit on {on:F0} records/s, " +
            $"ratio {on / off:P1} (load average {LoadAverage.Read()})");
        return;
    }

    if (options.Warmup > 0)
    {
        var warmupFolder = work.CreateSubdirectory("warmup").FullName;
        SampleMultiplier.Write(samples, options.Warmup, warmupFolder, mix);
        var warm = await ReplayRun.RunAsync(options, formats, RecordedPayloads.Find(warmupFolder, "hotline12345", real.Channels), options.Audit);
        Console.WriteLine($"warm-up (not measured): {options.Warmup} other records into a store of their own, {warm.RecordsPerSecond:F0} records/s; " +
            $"JIT compiled {warm.Jit.Methods} methods in {warm.Jit.Time.TotalSeconds:F1} s");
    }
    int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)]; // the warm-up's are not this run's
    var result = await ReplayRun.RunAsync(options, formats, entries, options.Audit);
    var summary = result.Summary;
    var counts = summary.Channels.Values.Single();
    Console.WriteLine($"store: {options.Store}; audit {Switch(options.Audit)}, dedupe {Switch(options.Dedupe)}, outbox {Switch(options.Outbox)}; records: {summary.TotalRecords}; " +
        $"created {counts.Created}, updated {counts.Updated}, unchanged {counts.Unchanged}, quarantined {counts.Quarantined}; feed events {result.Events}");
    Console.WriteLine($"replay: {result.Elapsed.TotalSeconds:F1} s, {result.RecordsPerSecond:F0} records/s " +
        $"(hub process CPU {result.Cpu.TotalSeconds:F1} s = {result.RecordsPerCpuSecond:F0} records per CPU-second; load average {LoadAverage.Read()}; " +
        $"garbage collections gen0/1/2 {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}, " +
        $"allocated {result.Allocated / 1024.0 / summary.TotalRecords:F0} KiB a record, paused for GC {result.GcPaused.TotalSeconds:F1} s; " +
        $"JIT compiled {result.Jit.Methods} methods in {result.Jit.Time.TotalSeconds:F1} s" +
        (result.Written is { } written ? $"; the hub process wrote {written / 1024.0 / summary.TotalRecords:F1} KiB a record)" : ")"));
    if (result.Dedupe is { } index) Console.WriteLine(index.Summary());
    Console.WriteLine($"sort pass (every payload read and parsed for the order, in parallel): {result.Probe.FirstApplied?.TotalSeconds:F1} s");
    Console.WriteLine($"memory probes (a full collection at each checkpoint; not in the replay time, in its CPU and GC pause): {result.Probe.Spent.TotalSeconds:F2} s");
    foreach (var (done, peak, working, heap) in result.Probe.Points)
        Console.WriteLine($"at {done,7} records: peak working set {peak / 1048576.0:F0} MiB, working set {working / 1048576.0:F0} MiB, live managed heap {heap / 1048576.0:F0} MiB");
}
finally
{
    work.Delete(recursive: true);
}

static string Switch(bool on) => on ? "on" : "off";
