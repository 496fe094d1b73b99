namespace YiQiSuBan.Benchmarks;

/// <summary>The machine's 1-minute load average (Linux), so a slow figure on a busy machine can be told apart.</summary>
internal static class LoadAverage
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
