namespace YiQiSuBan.Benchmarks;

/// <summary>
/// The bytes this process has handed to write calls (Linux <c>/proc/self/io</c>, <c>wchar</c>): the store's log and
/// checkpoint writes in a replay. Unlike times, it does not drift with the machine, so a change to what the store writes
/// shows in it on one run.
/// </summary>
internal static class ProcessIo
{
    /// <summary>Bytes written so far, or null where the counter is not available.</summary>
    public static long? Written()
    {
        const string Path = "/proc/self/io";
        if (!File.Exists(Path)) return null;
        foreach (var line in File.ReadLines(Path))
            if (line.StartsWith("wchar:", StringComparison.Ordinal)) return long.Parse(line.AsSpan(6).Trim());
        return null;
    }
}
