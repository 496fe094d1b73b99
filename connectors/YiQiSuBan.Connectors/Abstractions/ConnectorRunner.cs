using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Runs a connector: per batch, ingests its payloads and saves the connector's checkpoint in the SAME store
/// transaction, so a crash at any point neither loses nor doubles anything (the batch is redone from the last
/// committed position, and the pipeline takes a payload it already stored as a duplicate). Keeps run status.
/// </summary>
public sealed class ConnectorRunner(IHubStore store, IngestPipeline pipeline, ConnectorStateStore state, ILogger<ConnectorRunner> logger)
{
    /// <summary>Consecutive failed runs after which a connector counts as failing.</summary>
    public int FailingAfter { get; init; } = 3;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _running = new();

    /// <summary>Runs <paramref name="connector"/> once from its stored position; a run already going on in this process is waited for.</summary>
    public async Task<ConnectorRunResult> RunAsync(IChannelConnector connector, CancellationToken ct)
    {
        var gate = _running.GetOrAdd(connector.Key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await RunOnceAsync(connector, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ConnectorRunResult> RunOnceAsync(IChannelConnector connector, CancellationToken ct)
    {
        var before = await state.GetAsync(connector.Key, ct);
        var result = new ConnectorRunResult { Key = connector.Key };
        try
        {
            await foreach (var batch in connector.ReadAsync(before.Position, ct))
                await CommitBatchAsync(connector.Key, batch, result, ct);
            await state.RecordRunAsync(connector.Key, true, null, 0, ConnectorHealth.Healthy, CancellationToken.None);
            logger.LogInformation("connector {Connector}: {Payloads} payloads ({Duplicates} seen before), {Records} records, {Created} created, {Updated} updated, {Quarantined} quarantined",
                connector.Key, result.Payloads, result.DuplicatePayloads, result.Records, result.Created, result.Updated, result.Quarantined);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            var drifted = e is LayoutDriftException;
            var failures = before.ConsecutiveFailures + 1;
            result.Health = drifted ? ConnectorHealth.Drifted : failures >= FailingAfter ? ConnectorHealth.Failing : ConnectorHealth.Healthy;
            result.Error = Describe(e);
            await state.RecordRunAsync(connector.Key, false, result.Error, failures, result.Health, CancellationToken.None);
            logger.LogWarning("connector {Connector} run failed ({Failures} in a row, {Health}): {Error}", connector.Key, failures, result.Health, result.Error);
        }
        return result;
    }

    private async Task CommitBatchAsync(string key, ConnectorBatch batch, ConnectorRunResult result, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        int records = 0, quarantined = 0;
        foreach (var payload in batch.Payloads)
        {
            var report = await pipeline.IngestAsync(payload, session, pipeline.ParseAll(payload), ct);
            if (report.DuplicatePayload) result.DuplicatePayloads++;
            records += report.Records;
            quarantined += report.Quarantined.Count;
            result.Created += report.Created;
            result.Updated += report.Updated;
        }
        await state.SaveCheckpointAsync(session, key, batch.Position, batch.Payloads.Count, records, quarantined);
        await session.CommitAsync(ct);
        batch.Committed?.Invoke();
        result.Batches++;
        result.Payloads += batch.Payloads.Count;
        result.Records += records;
        result.Quarantined += quarantined;
    }

    /// <summary>An operator-readable error without payload content (exception messages here never carry personal data).</summary>
    private static string Describe(Exception e) => e switch
    {
        LayoutDriftException => e.Message,
        CounterpartException c => c.Message,
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
