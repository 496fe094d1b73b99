using System.Data.Common;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// A store that keeps everything in memory and only serializes what a real store would (<c>--store memory</c>):
/// shows how much of a replay's time is the pipeline itself rather than the database.
/// </summary>
internal sealed class MemoryHubStore : IHubStore, IHubSession
{
    private readonly Dictionary<string, long> _raw = [];
    private readonly Dictionary<string, StoredComplaint> _complaints = [];
    private long _seq;

    public string Kind => "memory";
    public string Dialect => "memory";
    public DbConnection Connection => throw new NotSupportedException();
    public DbTransaction Transaction => throw new NotSupportedException();

    public Task MigrateAsync(CancellationToken ct = default) => Task.CompletedTask;
    public Task<IHubSession> BeginAsync(CancellationToken ct = default) => Task.FromResult<IHubSession>(this);
    public Task<IReadOnlyList<FeedEvent>> ReadFeedAsync(long after, int limit, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<FeedEvent>>([]);
    public Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(int limit = 1000, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<QuarantineItem>>([]);
    Task<StoredComplaint?> IHubStore.GetComplaintAsync(string id, CancellationToken ct) => GetComplaintAsync(id, ct);
    public Task<byte[]?> GetRawBytesAsync(long rawId, CancellationToken ct = default) => Task.FromResult<byte[]?>(null);

    public Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default)
    {
        var isNew = !_raw.ContainsKey(payload.Sha256);
        if (isNew) _raw[payload.Sha256] = _raw.Count + 1;
        return Task.FromResult(new RawPayloadEntry(_raw[payload.Sha256], payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, isNew));
    }

    public Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default) =>
        Task.FromResult(_complaints.TryGetValue(id, out var c) ? c : null);

    public Task SaveComplaintAsync(StoredComplaint complaint, CancellationToken ct = default)
    {
        _ = HubJson.Serialize(complaint.Snapshot);
        _ = HubJson.Serialize(complaint.Complaint);
        _complaints[complaint.Id] = complaint;
        return Task.CompletedTask;
    }

    public Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default) => Task.CompletedTask;

    public Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default)
    {
        _ = HubJson.Serialize(feedEvent);
        return Task.FromResult(++_seq);
    }

    public Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default) => Task.FromResult(0L);
    public Task WriteAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct = default) => throw new NotSupportedException();
    public Task CommitAsync(CancellationToken ct = default) => Task.CompletedTask;
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
