using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Command line of the dedupe mode: <c>dedupe --complaints N --lookups M [--warmup W] [--days D] [--seed S]
/// [--store sqlite|postgres] [--caps C1,C2,…]</c>. N complaints are made from the shared texts and bulk-stored over D days in a fresh
/// store's dedupe index; W lookups warm it up, then M new complaints are looked up and timed, once per candidate cap
/// (<see cref="DedupeOptions.MaxCandidatesPerKey"/>, default the configured one).
/// </summary>
internal sealed record DedupeBenchOptions(int Complaints, int Lookups, int Warmup, int Days, int Seed, string Store, IReadOnlyList<int> Caps)
{
    public static DedupeBenchOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        var options = new DedupeBenchOptions(int.Parse(Value("--complaints", "100000")), int.Parse(Value("--lookups", "2000")),
            int.Parse(Value("--warmup", "500")), int.Parse(Value("--days", "1825")), int.Parse(Value("--seed", "7")), Value("--store", "sqlite"),
            Value("--caps", new DedupeOptions().MaxCandidatesPerKey.ToString(System.Globalization.CultureInfo.InvariantCulture)).Split(',').Select(int.Parse).ToList());
        if (options.Complaints < 1 || options.Lookups < 1 || options.Days < 1 || options.Warmup < 0)
            throw new ArgumentException("--complaints, --lookups and --days must be at least 1, --warmup at least 0");
        if (options.Store is not ("sqlite" or "postgres")) throw new ArgumentException("--store must be sqlite or postgres");
        return options;
    }
}
