using Hangfire;
using Hangfire.Storage;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Host.Jobs;

/// <summary>
/// The Hangfire job that polls one connector. It holds a distributed lock named after the connector in Hangfire's
/// storage (shared by all nodes: PostgreSQL in production), so one connector never runs twice at once while different
/// connectors run side by side; a run that cannot get the lock is skipped, the next schedule tries again.
/// </summary>
public sealed class ConnectorJob(IEnumerable<IChannelConnector> connectors, ConnectorRunner runner, JobStorage storage, ILogger<ConnectorJob> logger)
{
    /// <summary>How long a run waits for another node's run of the same connector to end.</summary>
    public static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    /// <summary>Runs the connector; false when another run of it held the lock.</summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<bool> RunAsync(string key, CancellationToken ct)
    {
        var connector = connectors.SingleOrDefault(c => c.Key == key) ?? throw new InvalidOperationException($"no connector '{key}'");
        using var connection = storage.GetConnection();
        IDisposable held;
        try
        {
            held = connection.AcquireDistributedLock(LockName(key), LockWait);
        }
        catch (DistributedLockTimeoutException)
        {
            logger.LogInformation("connector {Connector} is already running elsewhere; this run is skipped", key);
            return false;
        }
        using (held) await runner.RunAsync(connector, ct);
        return true;
    }

    public static string LockName(string key) => "yiqisuban:connector:" + key;
}
