using System.Globalization;
using YiQiSuBan.Core.Reprocess;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// <c>reprocess --channel KEY [--since TIME] [--dry-run] [--why TEXT] [--store …]</c>: re-normalizes stored raw payloads
/// with the current mappings; a dry run prints how many complaints each field would change in.
/// </summary>
public sealed class ReprocessVerb : ICliVerb
{
    public string Name => "reprocess";
    public string Usage => "reprocess --channel KEY [--since TIME] [--dry-run] [--why TEXT] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var channel = args.Option("channel") ?? throw new UsageException("missing --channel KEY");
        DateTimeOffset? since = args.Option("since") is { } s
            ? DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : throw new UsageException($"--since '{s}' is not a time")
            : null;
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var result = await services.GetRequiredService<Reprocessor>().RunAsync(channel, since, args.Flag("dry-run"), Environment.UserName, args.Option("why") ?? "mapping update", ct);
        var verb = result.DryRun ? "would change" : "changed";
        await context.Out.WriteLineAsync($"{channel} with mapping {result.MappingVersion}: {result.Payloads} payloads, {result.Complaints} complaints; {verb} {result.Changed.Count}, unchanged {result.Unchanged}, failed {result.Failed}");
        foreach (var (field, count) in result.FieldCounts) await context.Out.WriteLineAsync($"  {field}: {count}");
        return 0;
    }
}
