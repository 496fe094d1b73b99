using System.Globalization;
using YiQiSuBan.Connectors;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Json;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>connectors list|check KEY|run KEY|status [--store …]</c>: the live connectors, their checks, one run, their status.</summary>
public sealed class ConnectorsVerb : ICliVerb
{
    public string Name => "connectors";
    public string Usage => "connectors list | check KEY | run KEY | status  [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var action = args.Positional(0, "action (list, check, run, status)");
        await using var services = await context.ServicesAsync(args.Option("store"), ct);
        var connectors = services.GetServices<IChannelConnector>().ToList();
        IChannelConnector Find() => connectors.SingleOrDefault(c => c.Key == args.Positional(1, "connector key"))
            ?? throw new UsageException($"unknown connector; known: {string.Join(", ", connectors.Select(c => c.Key))}");
        switch (action)
        {
            case "list":
                foreach (var c in connectors)
                {
                    var o = services.OptionsOf(c.Key);
                    await context.Out.WriteLineAsync($"{c.Key,-14} {(o.Enabled ? "enabled " : "disabled")} schedule '{o.Schedule}' {o.BaseUrl}");
                }
                return 0;
            case "check":
                var check = await Find().CheckAsync(ct);
                await context.Out.WriteLineAsync($"{(check.Ok ? "ok" : "FAILED")}: reach={check.Reachable} credentials={check.CredentialsAccepted} layout={check.LayoutRecognised}: {check.Message}");
                return check.Ok ? 0 : 1;
            case "run":
                var result = await services.GetRequiredService<ConnectorRunner>().RunAsync(Find(), ct);
                await context.Out.WriteLineAsync(HubJson.Serialize(result));
                return result.Succeeded ? 0 : 1;
            case "status":
                var now = DateTimeOffset.UtcNow;
                foreach (var s in await services.GetRequiredService<ConnectorStateStore>().ListAsync(ct))
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{s.Key,-14} {s.Health,-8} last run {s.LastRunAt:u} lag {(s.LagAt(now) is { } lag ? $"{lag.TotalMinutes:0.0} min" : "never ok")} failures {s.ConsecutiveFailures} payloads {s.Payloads} records {s.Records} quarantined {s.Quarantined}{(s.LastError is null ? "" : " error: " + s.LastError)}"));
                return 0;
            default:
                throw new UsageException($"unknown action '{action}'");
        }
    }
}
