using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Operations;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// <c>quarantine redrive &lt;id&gt;… | --all [--channel C]</c>: re-runs quarantined items' stored raw payloads through the
/// pipeline with the current mapping files; an item that now passes is resolved. Prints one JSON line per item.
/// </summary>
public sealed class QuarantineRedriveVerb : ICliVerb
{
    public string Name => "quarantine redrive";
    public string Usage => "quarantine redrive <id>… | --all [--channel CHANNEL] [--why TEXT] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var all = args.Flag("all");
        var ids = args.Positionals.Select(p => long.TryParse(p, out var id) ? id : throw new UsageException("<id> must be a number")).ToList();
        if (!all && ids.Count == 0) throw new UsageException("give <id>… or --all");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var redrive = services.GetRequiredService<QuarantineRedrive>();
        var outcomes = all
            ? await redrive.RedriveAllAsync(args.Option("channel"), CliContext.Operator, args.Option("why"), ct)
            : await redrive.RedriveAsync(ids, CliContext.Operator, args.Option("why"), ct);
        foreach (var o in outcomes) await context.Out.WriteLineAsync(HubJson.Serialize(o));
        await context.Error.WriteLineAsync($"{outcomes.Count(o => o.Result == RedriveOutcome.Passed)} passed, {outcomes.Count(o => o.Result == RedriveOutcome.Failing)} still failing, {outcomes.Count(o => o.Result == RedriveOutcome.Skipped)} skipped");
        return outcomes.Any(o => o.Result == RedriveOutcome.Failing) ? 1 : 0;
    }
}
