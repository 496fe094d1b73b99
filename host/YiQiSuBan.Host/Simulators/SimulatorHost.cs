using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Connectors.Hotline12345;
using YiQiSuBan.Connectors.MayorMailbox;
using YiQiSuBan.Connectors.PeopleBoard;
using YiQiSuBan.Connectors.Supervision;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// Demo mode (Simulators:Enabled): starts the counterpart simulators on the ports of the configured channel base
/// addresses, filled from fixtures/&lt;channel&gt;/ plus generated volume, before the connectors' first poll.
/// </summary>
public sealed class SimulatorHost(IOptions<Hotline12345Options> hotline, IOptions<CityHubOptions> cityHub, IOptions<SupervisionOptions> supervision, IOptions<MayorMailboxOptions> mailbox, IOptions<PeopleBoardOptions> board, IConfiguration configuration, ILogger<SimulatorHost> logger) : IHostedService, IDisposable
{
    private readonly List<SimulatorServer> _servers = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var fixtures = configuration["Simulators:Fixtures"] ?? Path.Combine(AppContext.BaseDirectory, "fixtures");
        var volume = configuration.GetValue("Simulators:GeneratedRecords", 120);
        if (hotline.Value is { Enabled: true, BaseUrl: { } h } ho)
        {
            var sim = new Hotline12345Simulator(ho.AppKey!, ho.AppSecret!, h.Port);
            LoadIfPresent(Path.Combine(fixtures, "hotline12345", "orders.json"), sim.Load);
            sim.Upsert(Hotline12345Simulator.Generate(volume, DateTime.Now.AddHours(-2), perSecond: 5).ToList());
            Started(sim, Hotline12345Options.Key, sim.Keys().Count);
        }
        if (cityHub.Value is { Enabled: true, BaseUrl: { } c } co)
        {
            var sim = new CityHubSimulator(co.ClientId!, co.ClientSecret!, c.Port);
            LoadIfPresent(Path.Combine(fixtures, "city-hub", "appeals.json"), sim.Load);
            sim.Add(CityHubSimulator.Generate(volume, DateTimeOffset.Now.AddDays(-1)));
            Started(sim, CityHubOptions.Key, sim.Keys().Count);
        }
        if (supervision.Value is { Enabled: true, BaseUrl: { } u } so)
        {
            var sim = new SupervisionSimulator(so.Token!, u.Port);
            sim.Generate(Math.Max(volume / 4, 1), DateTime.Now.AddDays(-3));
            Started(sim, SupervisionOptions.Key, sim.Keys().Count);
        }
        if (mailbox.Value is { Enabled: true, BaseUrl: { } mb })
        {
            var sim = new MayorMailboxSimulator(mb.Port);
            sim.Generate(Math.Max(volume / 6, 1), DateTime.Now.AddDays(-5));
            Started(sim, MayorMailboxOptions.Key, sim.Keys().Count);
        }
        if (board.Value is { Enabled: true, BaseUrl: { } pb } bo)
        {
            var sim = new PeopleBoardSimulator(bo.AppCode!, pb.Port);
            foreach (var fid in bo.FidList) sim.Generate(Math.Max(volume / 12, 1), fid, DateTimeOffset.Now.AddDays(-4));
            Started(sim, PeopleBoardOptions.Key, sim.Keys().Count);
        }
        return Task.CompletedTask;
    }

    private void Started(SimulatorServer server, string key, int records)
    {
        lock (_servers) _servers.Add(server);
        logger.LogInformation("simulator {Channel} listening on {Url} with {Records} records", key, server.BaseUrl, records);
    }

    private static void LoadIfPresent(string file, Action<string> load)
    {
        if (File.Exists(file)) load(file);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        SimulatorServer[] running;
        lock (_servers)
        {
            running = [.. _servers];
            _servers.Clear();
        }
        foreach (var s in running) s.Dispose();
    }
}
