namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Command line of the dedupe mode: <c>dedupe --complaints N --lookups M [--days D] [--seed S]</c>. N complaints are
/// made from the shared texts and stored in a fresh SQLite dedupe index over D days; then M new complaints are looked up.
/// </summary>
internal sealed record DedupeBenchOptions(int Complaints, int Lookups, int Days, int Seed)
{
    public static DedupeBenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var options = new DedupeBenchOptions(int.Parse(Value("--complaints", "100000")), int.Parse(Value("--lookups", "1000")),
            int.Parse(Value("--days", "1825")), int.Parse(Value("--seed", "7")));
        if (options.Complaints < 1 || options.Lookups < 1 || options.Days < 1) throw new ArgumentException("--complaints, --lookups and --days must be at least 1");
        return options;
    }
}
