using Hangfire;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Host.Jobs;

/// <summary>
/// The Hangfire job that polls one connector. The distributed lock of <see cref="DisableConcurrentExecutionAttribute"/>
/// (held in Hangfire's storage, shared by all nodes) keeps a connector from running twice at once; a run that cannot get
/// the lock is dropped, the next schedule tries again.
/// </summary>
public sealed class ConnectorJob(IEnumerable<IChannelConnector> connectors, ConnectorRunner runner)
{
    [DisableConcurrentExecution(timeoutInSeconds: 5)]
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task RunAsync(string key, CancellationToken ct)
    {
        var connector = connectors.SingleOrDefault(c => c.Key == key) ?? throw new InvalidOperationException($"no connector '{key}'");
        await runner.RunAsync(connector, ct);
    }
}
