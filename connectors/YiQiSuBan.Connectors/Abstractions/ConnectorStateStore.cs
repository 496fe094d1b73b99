using System.Globalization;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.Storage.Connectors;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Reads and writes connector checkpoints and run status in the hub store, inside a session's transaction.</summary>
public sealed class ConnectorStateStore(IHubStore store, TimeProvider clock)
{
    /// <summary>The status of <paramref name="key"/> (a fresh one when it never ran).</summary>
    public async Task<ConnectorStatus> GetAsync(string key, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        var row = await session.QuerySingleOrDefaultAsync<ConnectorStateRow>(
            Sql(session).SelectState, new { connector = key }, ct: ct);
        return row is null ? new ConnectorStatus { Key = key } : ToStatus(row);
    }

    /// <summary>Every connector that has a row.</summary>
    public async Task<IReadOnlyList<ConnectorStatus>> ListAsync(CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        var rows = await session.QueryAsync<ConnectorStateRow>(Sql(session).SelectAllStates, ct: ct);
        return rows.Select(ToStatus).ToList();
    }

    /// <summary>Saves the position a batch reached, in the batch's transaction, and adds its counts.</summary>
    public Task SaveCheckpointAsync(IHubSession session, string key, string position, int payloads, int records, int quarantined) =>
        session.ExecuteAsync(Sql(session).SaveCheckpoint,
            new { connector = key, position, at = Now(), payloads, records, quarantined });

    /// <summary>Records how a run ended, in its own transaction.</summary>
    public async Task RecordRunAsync(string key, bool success, string? error, int failures, string health, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        await session.ExecuteAsync(Sql(session).RecordRun,
            new { connector = key, at = Now(), error, failures, health, success = success ? 1 : 0 }, ct: ct);
        await session.CommitAsync(ct);
    }

    private string Now() => clock.GetUtcNow().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static ConnectorSql Sql(IHubSession session) => ConnectorSql.For(session.Dialect);

    private static DateTimeOffset? Time(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static ConnectorStatus ToStatus(ConnectorStateRow r) => new()
    {
        Key = r.Connector, Position = r.Position, PositionAt = Time(r.PositionAt), LastRunAt = Time(r.LastRunAt),
        LastSuccessAt = Time(r.LastSuccessAt), LastError = r.LastError, ConsecutiveFailures = (int)r.Failures,
        Health = r.Health, Payloads = r.Payloads, Records = r.Records, Quarantined = r.Quarantined,
    };
}
