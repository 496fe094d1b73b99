using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>The production store on PostgreSQL (Npgsql + Dapper). To be completed.</summary>
public sealed class PostgresHubStore(string connectionString) : IHubStore
{
    public string Kind => "postgres";
    public string ConnectionString { get; } = connectionString;
    public Task MigrateAsync(CancellationToken ct = default) => throw new NotSupportedException("PostgreSQL store: not built yet");
    public Task<IHubSession> BeginAsync(CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<FeedEvent>> ReadFeedAsync(long after, int limit, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(int limit = 1000, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<byte[]?> GetRawBytesAsync(long rawId, CancellationToken ct = default) => throw new NotSupportedException();
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
