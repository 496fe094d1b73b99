using System.Diagnostics;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Progress sink that notes the process's peak working set when the replay passes checkpoints, and the live managed
/// heap (after a full collection, so garbage not yet collected does not look like growth).
/// </summary>
internal sealed class MemoryProbe(int every) : IProgress<(int Done, int Total)>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public List<(int Done, long PeakBytes, long WorkingBytes, long HeapBytes)> Points { get; } = [];

    /// <summary>When the first record was applied: the replay's sort pass (reading every payload for its order) took this long.</summary>
    public TimeSpan? FirstApplied { get; private set; }

    /// <summary>The time the probes themselves took (mostly the full collections they force), which a replay without them does not spend.</summary>
    public TimeSpan Spent { get; private set; }

    public void Report((int Done, int Total) value)
    {
        FirstApplied ??= _clock.Elapsed;
        if (value.Done % every != 0 && value.Done != value.Total) return;
        if (Points.Count > 0 && Points[^1].Done == value.Done) return;
        var start = _clock.Elapsed;
        using var p = Process.GetCurrentProcess();
        Points.Add((value.Done, p.PeakWorkingSet64, p.WorkingSet64, GC.GetTotalMemory(forceFullCollection: true)));
        Spent += _clock.Elapsed - start;
    }
}
