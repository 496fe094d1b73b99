using System.Globalization;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>hotspots list [--limit N]</c>: matters that many complainants raised within a short time, newest first.</summary>
public sealed class HotspotsListVerb : ICliVerb
{
    public string Name => "hotspots list";
    public string Usage => "hotspots list [--limit N] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var limit = int.TryParse(args.Option("limit"), out var l) ? l : 50;
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        await using var session = await services.GetRequiredService<IHubStore>().BeginAsync(ct);
        var alerts = await services.GetRequiredService<IDedupeIndex>().ListAlertsAsync(session, limit, ct);
        foreach (var a in alerts)
            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{a.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}  {a.RootId}  {a.Complainants} complainants  {a.Members.Count} complaints"));
        if (alerts.Count == 0) await context.Out.WriteLineAsync("no hotspots");
        return 0;
    }
}
