namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Command line: <c>replay|audit|stages --records N --store sqlite|postgres|memory [--format auto|real|test] [--checkpoint N]
/// [--audit on|off] [--dedupe on|off] [--outbox on|off] [--mix templates|realistic] [--warmup N]</c>. <c>--warmup N</c> first replays N other records into a store of their own, not
/// measured, so the measured run starts with the hot code compiled (as in a hub that has been running); the default 0 measures from cold. <c>--mix realistic</c> gives the
/// orders distinct matters and callers with 5 % re-filings and 2 % related filings (see <see cref="MatterMix"/>). Mode <c>audit</c> replays twice with audit off and twice
/// with it on (alternating) and prints the best of each and their ratio. Mode <c>stages</c> times the store-free stages per record (<see cref="StageProfile"/>). PostgreSQL comes from env YQSB_TEST_POSTGRES
/// (a fresh schema is made and dropped for every run).
/// </summary>
internal sealed record BenchOptions(string Mode, int Records, string Store, string Format, int Checkpoint, bool Audit, bool Dedupe, bool Outbox, bool RealisticMix, int Warmup)
{
    private const string Usage =
        "usage: replay|audit|stages --records N --store sqlite|postgres|memory [--format auto|real|test] [--checkpoint N] [--audit on|off] [--dedupe on|off] [--outbox on|off] [--mix templates|realistic] [--warmup N]";

    public static BenchOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("replay" or "audit" or "stages")) throw new ArgumentException(Usage);
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        bool Switch(string name) => Value(name, "off") switch
        {
            "on" => true,
            "off" => false,
            _ => throw new ArgumentException($"{name} must be on or off"),
        };
        var options = new BenchOptions(args[0], int.Parse(Value("--records", "100000")), Value("--store", "sqlite"), Value("--format", "auto"),
            int.Parse(Value("--checkpoint", "25000")), Switch("--audit"), Switch("--dedupe"), Switch("--outbox"),
            Value("--mix", "templates") switch { "templates" => false, "realistic" => true, _ => throw new ArgumentException("--mix must be templates or realistic") },
            int.Parse(Value("--warmup", "0")));
        if (options.Records < 1) throw new ArgumentException("--records must be at least 1");
        if (options.Warmup < 0) throw new ArgumentException("--warmup must be 0 or more");
        if (options.Store is not ("sqlite" or "postgres" or "memory")) throw new ArgumentException("--store must be sqlite, postgres or memory");
        if (options.Format is not ("auto" or "real" or "test")) throw new ArgumentException("--format must be auto, real or test");
        if (options.Store == "memory" && (options.Audit || options.Dedupe || options.Outbox || options.Mode == "audit"))
            throw new ArgumentException("--store memory has no tables for audit, dedupe or outbox");
        return options;
    }
}
