using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Ops;

/// <summary>
/// The fallback while no live connectors run in this hub: the channels of the mapping files, state off, with the
/// complaint and open-quarantine counts and the last receipt the store holds per channel.
/// </summary>
public sealed class StoredConnectorStates(MappingCatalog catalog, IHubStore store, IOpsQueries queries) : IConnectorStates
{
    public bool CanControl => false;

    public string? ControlNote => "本实例未运行实时采集器（connectors 未启用）：检查与立即运行不可用。";

    public async Task<IReadOnlyList<ConnectorState>> ListAsync(CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        var counts = (await queries.ChannelCountsAsync(session, ct)).ToDictionary(c => c.Channel, StringComparer.Ordinal);
        return catalog.Channels.Order(StringComparer.Ordinal).Select(channel =>
        {
            var c = counts.GetValueOrDefault(channel);
            return new ConnectorState
            {
                Channel = channel, State = ConnectorState.Off, Complaints = c?.Complaints ?? 0,
                Quarantined = c?.OpenQuarantine ?? 0, LastReceivedAt = c?.LastReceivedAt,
            };
        }).ToList();
    }

    public Task<string> CheckAsync(string channel, CancellationToken ct) => throw new NotSupportedException(ControlNote);

    public Task<string> RunNowAsync(string channel, CancellationToken ct) => throw new NotSupportedException(ControlNote);
}
