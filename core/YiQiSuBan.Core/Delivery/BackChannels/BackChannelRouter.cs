using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>Queues a status for the complaint's source channel when that channel has a back channel that takes it.</summary>
public sealed class BackChannelRouter(IEnumerable<IBackChannel> channels, OutboxWriter outbox)
{
    private readonly Dictionary<string, IBackChannel> _channels = channels.ToDictionary(c => c.Target, StringComparer.Ordinal);

    public async Task<bool> EnqueueAsync(IHubSession session, Complaint complaint, StatusUpdate update, string? handlingUnit, long statusId, CancellationToken ct)
    {
        if (!_channels.TryGetValue(complaint.Channel, out var channel) || !channel.Enabled || !channel.Takes(update.Kind)) return false;
        var requestId = "st_" + statusId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var forward = new ChannelStatusForward
        {
            ComplaintId = complaint.Id, SourceId = complaint.SourceId, Kind = update.Kind, At = update.At,
            HandlingUnit = update.HandlingUnit ?? handlingUnit, Reason = update.Reason, Content = update.Content, Operator = update.Operator,
            RequestId = requestId,
        };
        await outbox.EnqueueAsync(session, channel.Target, requestId, complaint.Id, HubJson.Serialize(forward), ct);
        return true;
    }
}
