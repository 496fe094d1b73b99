using YiQiSuBan.Core.Operations;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>outbox retry &lt;id&gt; | --all</c>: puts parked messages back in line.</summary>
public sealed class OutboxRetryVerb : ICliVerb
{
    public string Name => "outbox retry";
    public string Usage => "outbox retry <id> | --all [--why TEXT] [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        long? id = args.Flag("all") ? null : long.TryParse(args.Positional(0, "<id> or --all"), out var n) ? n : throw new UsageException("<id> must be a number");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var count = await services.GetRequiredService<OperatorCommands>().RedriveOutboxAsync(id, CliContext.Operator, args.Option("why"), ct);
        await context.Out.WriteLineAsync($"{count} parked message(s) re-driven");
        return id is not null && count == 0 ? 1 : 0;
    }
}
