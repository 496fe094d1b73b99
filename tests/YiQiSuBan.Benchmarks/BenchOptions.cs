namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Command line: <c>replay --records N --store sqlite|postgres|memory [--format auto|real|test] [--checkpoint N]</c>.
/// PostgreSQL comes from env YQSB_TEST_POSTGRES (a fresh schema is made and dropped).
/// </summary>
internal sealed record BenchOptions(int Records, string Store, string Format, int Checkpoint)
{
    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "replay")
            throw new ArgumentException("usage: replay --records N --store sqlite|postgres|memory [--format auto|real|test] [--checkpoint N]");
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var options = new BenchOptions(int.Parse(Value("--records", "100000")), Value("--store", "sqlite"), Value("--format", "auto"), int.Parse(Value("--checkpoint", "25000")));
        if (options.Records < 1) throw new ArgumentException("--records must be at least 1");
        if (options.Store is not ("sqlite" or "postgres" or "memory")) throw new ArgumentException("--store must be sqlite, postgres or memory");
        if (options.Format is not ("auto" or "real" or "test")) throw new ArgumentException("--format must be auto, real or test");
        return options;
    }
}
