using System.Diagnostics;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Mode <c>stages</c>: the store-free work on every record, one stage at a time on one thread, with the time and the bytes
/// allocated per record for each; shows where a replay's CPU and garbage come from before the database is involved.
/// </summary>
internal static class StageProfile
{
    private sealed class Stage(string name)
    {
        public string Name { get; } = name;
        public long Ticks;
        public long Bytes;

        public T Run<T>(Func<T> work)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            var result = work();
            Ticks += Stopwatch.GetTimestamp() - start;
            Bytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
            return result;
        }
    }

    public static void Run(FormatRegistry formats, IReadOnlyList<RecordedPayloads.Entry> entries)
    {
        var mapper = new ComplaintMapper(MappingCatalog.Load(RepoPaths.Mappings));
        var pipeline = new IngestPipeline(new MemoryHubStore(), formats, mapper, new NoMatching(), []);
        string[] names = ["load", "parse", "map", "validate", "content digest (+ complaint JSON)", "source record JSON", "compress raw", "order key (sort pass)", "dedupe document + lookup keys"];
        for (var round = 0; round < 2; round++) // the first round warms the JIT up
        {
            var stages = names.Select(n => new Stage(n)).ToArray();
            var records = 0;
            foreach (var entry in entries)
            {
                var payload = stages[0].Run(() => RecordedPayloads.Load(entry));
                stages[7].Run(() => pipeline.TryReadOrderKeys(payload, new List<DateTimeOffset?>(1)));
                var results = stages[1].Run(() => pipeline.ParseAll(payload));
                foreach (var result in results)
                {
                    if (result.Record is not { } record) continue;
                    records++;
                    var complaint = stages[2].Run(() => mapper.Map(record, payload.ReceivedAt, payload.Sha256));
                    stages[3].Run(() => ComplaintValidator.Validate(complaint));
                    stages[4].Run(() => ContentDigest.Of(complaint));
                    stages[5].Run(() => HubJson.Utf8(record));
                    stages[8].Run(() => PreparedMatch.Of(complaint));
                }
                stages[6].Run(() => payload.AtRest);
            }
            if (round == 0) continue;
            Console.WriteLine($"{records} records, one thread, per record:");
            foreach (var s in stages)
                Console.WriteLine($"  {s.Name,-34} {s.Ticks * 1e6 / Stopwatch.Frequency / records,7:F1} µs {s.Bytes / 1024.0 / records,7:F1} KiB");
            Console.WriteLine($"  {"total",-34} {stages.Sum(s => s.Ticks) * 1e6 / Stopwatch.Frequency / records,7:F1} µs {stages.Sum(s => s.Bytes) / 1024.0 / records,7:F1} KiB");
        }
    }
}
