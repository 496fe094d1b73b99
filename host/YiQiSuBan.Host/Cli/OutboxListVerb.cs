using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Json;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>outbox list [--status pending|delivered|parked] [--store …]</c>: outbox messages as JSON lines (no bodies).</summary>
public sealed class OutboxListVerb : ICliVerb
{
    public string Name => "outbox list";
    public string Usage => "outbox list [--status pending|delivered|parked] [--limit N] [--store …]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var limit = int.TryParse(args.Option("limit"), out var l) ? l : 1000;
        foreach (var m in await services.GetRequiredService<OutboxAdmin>().ListAsync(args.Option("status"), limit, ct))
            await context.Out.WriteLineAsync(HubJson.Serialize(new { m.Id, m.EventId, m.Target, m.ComplaintId, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.DeliveredAt, m.LastError }));
        return 0;
    }
}
