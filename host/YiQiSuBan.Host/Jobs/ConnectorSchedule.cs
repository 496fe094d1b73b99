using Hangfire;
using YiQiSuBan.Connectors;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Host.Jobs;

/// <summary>On start, registers each enabled connector's recurring poll from its cron <c>Schedule</c> and queues a first run.</summary>
public sealed class ConnectorSchedule(IServiceProvider services, IEnumerable<IChannelConnector> connectors, IRecurringJobManager recurring,
    IBackgroundJobClient jobs, ILogger<ConnectorSchedule> logger) : IHostedService
{
    public const string JobPrefix = "connector:";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var connector in connectors)
        {
            var key = connector.Key;
            var options = services.OptionsOf(key);
            if (!options.Enabled)
            {
                recurring.RemoveIfExists(JobPrefix + key);
                continue;
            }
            recurring.AddOrUpdate<ConnectorJob>(JobPrefix + key, j => j.RunAsync(key, CancellationToken.None), options.Schedule, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            jobs.Enqueue<ConnectorJob>(j => j.RunAsync(key, CancellationToken.None));
            logger.LogInformation("connector {Connector} scheduled: {Schedule}", key, options.Schedule);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
