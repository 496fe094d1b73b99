using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Tests.Support;

/// <summary>Writes complaints the way the pipeline does (complaint, feed event, outbox row in one transaction).</summary>
public static class Seed
{
    /// <summary>Stores a complaint of any channel as the pipeline would (for channels whose parser is not built yet).</summary>
    public static async Task<string> ComplaintAsync(IServiceProvider services, string channel, string sourceId, bool confidential = false)
    {
        var id = YiQiSuBan.Core.Mapping.ComplaintIds.For(channel, sourceId);
        var complaint = new YiQiSuBan.Core.Model.Complaint
        {
            Id = id, Channel = channel, Origin = channel, SourceId = sourceId, Content = "合成诉求", RawDigest = "0", ReceivedAt = DateTimeOffset.UtcNow,
            Complainant = new() { Name = "王小明", Phone = "13912345678", Confidential = confidential },
        };
        var snapshot = new YiQiSuBan.Core.Sources.SourceRecord { Channel = channel, SourceId = sourceId, Fields = new Dictionary<string, string?>() };
        await using var session = await services.GetRequiredService<IHubStore>().BeginAsync();
        var raw = await session.AddRawAsync(new YiQiSuBan.Core.Sources.RawPayload { Channel = channel, Name = sourceId, Bytes = System.Text.Encoding.UTF8.GetBytes(sourceId), ReceivedAt = DateTimeOffset.UtcNow });
        await session.SaveComplaintAsync(new StoredComplaint { Id = id, Snapshot = snapshot, Complaint = complaint, RawId = raw.Id });
        var e = new YiQiSuBan.Core.Model.FeedEvent { Type = YiQiSuBan.Core.Model.FeedEventTypes.Created, ComplaintId = id, At = DateTimeOffset.UtcNow, Complaint = complaint };
        e = e with { Seq = await session.AppendFeedAsync(e) };
        await services.GetRequiredService<OutboxWriter>().OnFeedEventAsync(e, session, default);
        await session.CommitAsync();
        return id;
    }

}
