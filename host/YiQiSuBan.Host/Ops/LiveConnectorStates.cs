using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Host.Ops;

/// <summary>
/// The console's view of the live connectors: the stored counts per channel (<see cref="StoredConnectorStates"/>)
/// overlaid with each connector's run status; check and run-now call the same connector and runner as the
/// <c>connectors check|run</c> verbs.
/// </summary>
public sealed class LiveConnectorStates(
    StoredConnectorStates stored, IEnumerable<IChannelConnector> connectors, IEnumerable<ChannelOptionsAccessor> options,
    IServiceProvider services, ConnectorStateStore statuses, ConnectorRunner runner, TimeProvider clock) : IConnectorStates
{
    /// <summary>Check and run-now need at least one enabled connector.</summary>
    public bool CanControl => EnabledKeys().Count > 0;

    public string? ControlNote => CanControl ? null : "本实例没有启用的实时采集器（Channels:<key>:Enabled）：检查与立即运行不可用。";

    public async Task<IReadOnlyList<ConnectorState>> ListAsync(CancellationToken ct)
    {
        var byKey = (await statuses.ListAsync(ct)).ToDictionary(s => s.Key, StringComparer.Ordinal);
        var enabled = EnabledKeys();
        var now = clock.GetUtcNow();
        return (await stored.ListAsync(ct)).Select(state =>
        {
            if (!enabled.Contains(state.Channel)) return state;
            if (!byKey.TryGetValue(state.Channel, out var s)) return state with { State = ConnectorState.Healthy };
            return state with
            {
                State = s.Health, LastRunAt = s.LastRunAt, Position = s.Position, LagSeconds = s.LagAt(now)?.TotalSeconds,
                Errors = s.ConsecutiveFailures, LastError = s.LastError,
            };
        }).ToList();
    }

    public async Task<string> CheckAsync(string channel, CancellationToken ct)
    {
        var check = await Find(channel).CheckAsync(ct);
        return $"{(check.Ok ? "正常" : "异常")}: {check.Message}";
    }

    public async Task<string> RunNowAsync(string channel, CancellationToken ct)
    {
        var r = await runner.RunAsync(Find(channel), ct);
        return $"{r.Health}: {r.Payloads} payloads, {r.Records} records, {r.Created} created, {r.Updated} updated, {r.Quarantined} quarantined";
    }

    private HashSet<string> EnabledKeys() =>
        options.Where(o => o.Read(services).Enabled).Select(o => o.Key).ToHashSet(StringComparer.Ordinal);

    private IChannelConnector Find(string channel) =>
        EnabledKeys().Contains(channel) ? connectors.First(c => c.Key == channel)
            : throw new NotSupportedException($"渠道 {channel} 的采集器未启用");
}
