using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Connectors.Tests.CityHub;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Jobs;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Jobs;

/// <summary>The Hangfire side: recurring polls registered from each Schedule, and one connector never running twice at once.</summary>
[Collection(HangfireCollection.Name)]
public sealed class ConnectorJobTests
{
    [Fact]
    public async Task The_schedule_registers_a_recurring_poll_per_enabled_connector_and_queues_a_first_run()
    {
        using var sim = new CityHubSimulator("c", "s");
        var settings = CityHubConnectorTests.SettingsFor(sim);
        settings["Channels:city-hub:Schedule"] = "*/2 * * * *";
        settings["Channels:hotline12345:Enabled"] = "false";
        await using var hub = new ConnectorHarness(settings);
        var storage = new InMemoryStorage();
        var recurring = new RecurringJobManager(storage);
        var client = new BackgroundJobClient(storage);
        var schedule = ActivatorUtilities.CreateInstance<ConnectorSchedule>(hub.Services, recurring, (IBackgroundJobClient)client);
        await schedule.StartAsync(default);

        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs();
        var job = Assert.Single(jobs);
        Assert.Equal("connector:city-hub", job.Id);
        Assert.Equal("*/2 * * * *", job.Cron);
        Assert.Equal(1, storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Fact]
    public async Task A_connector_locked_by_another_node_is_skipped_while_other_connectors_run()
    {
        using var sim = new CityHubSimulator("c", "s");
        sim.Add(CityHubSimulator.Generate(10, DateTimeOffset.UnixEpoch));
        await using var hub = new ConnectorHarness(CityHubConnectorTests.SettingsFor(sim));
        var storage = new InMemoryStorage();
        var job = ActivatorUtilities.CreateInstance<ConnectorJob>(hub.Services, (JobStorage)storage);

        using (var otherNode = storage.GetConnection())
        using (otherNode.AcquireDistributedLock(ConnectorJob.LockName("city-hub"), TimeSpan.FromSeconds(1)))
        {
            Assert.False(await job.RunAsync("city-hub", default));
            Assert.Equal(0, sim.Requests);
        }

        Assert.True(await job.RunAsync("city-hub", default));
        Assert.Equal(10, (await hub.CountsAsync("city-hub")).Complaints);
    }
}
