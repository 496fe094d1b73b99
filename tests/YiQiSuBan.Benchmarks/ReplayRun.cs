using System.Diagnostics;
using System.Runtime;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Benchmarks;

/// <summary>One replay of the written payloads into a fresh store, with the features switched as asked.</summary>
internal static class ReplayRun
{
    /// <summary>What one run measured; <c>Elapsed</c> leaves out the memory probes' own time (<see cref="MemoryProbe.Spent"/>).</summary>
    public sealed record Result(ReplaySummary Summary, int Events, TimeSpan Elapsed, TimeSpan Cpu, long Allocated, TimeSpan GcPaused, (long Methods, TimeSpan Time) Jit, long? Written, MemoryProbe Probe, TimedDedupeIndex? Dedupe)
    {
        public double RecordsPerSecond => Summary.TotalRecords / Elapsed.TotalSeconds;
        public double RecordsPerCpuSecond => Summary.TotalRecords / Cpu.TotalSeconds;
    }

    public static async Task<Result> RunAsync(BenchOptions options, FormatRegistry formats, IReadOnlyList<RecordedPayloads.Entry> entries, bool audit)
    {
        await using ITempStore temp = options.Store switch
        {
            "sqlite" => new TempSqlite(),
            "postgres" => await TempPostgres.CreateSchemaAsync(),
            _ => new MemoryTempStore(),
        };
        await temp.Store.MigrateAsync();
        var dedupe = options.Dedupe ? new TimedDedupeIndex(new SqlDedupeIndex()) : null;
        var pipeline = BenchPipeline.Create(temp.Store, formats, audit, dedupe, options.Outbox);
        var events = 0;
        GC.Collect();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var writtenBefore = ProcessIo.Written();
        var (jitMethodsBefore, jitTimeBefore) = (JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());
        var probe = new MemoryProbe(options.Checkpoint);
        var sw = Stopwatch.StartNew();
        var summary = await new ReplayRunner(temp.Store, pipeline).RunAsync(entries, r => events += r.Events.Count, probe);
        sw.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        return new Result(summary, events, sw.Elapsed - probe.Spent, cpu, GC.GetTotalAllocatedBytes() - allocatedBefore, GC.GetTotalPauseDuration() - pausedBefore,
            (JitInfo.GetCompiledMethodCount() - jitMethodsBefore, JitInfo.GetCompilationTime() - jitTimeBefore), ProcessIo.Written() - writtenBefore, probe, dedupe);
    }
}
