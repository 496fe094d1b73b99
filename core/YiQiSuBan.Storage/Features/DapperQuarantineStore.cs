using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Features;

/// <summary>The quarantine table with its status column, in SQL both dialects speak.</summary>
public sealed class DapperQuarantineStore : IQuarantineStore
{
    private const string Columns = "id AS Id, channel AS Channel, file AS File, raw_id AS RawId, row AS Row, source_id AS SourceId, stage AS Stage, reason AS Reason, at AS At, status AS Status";

    public async Task<IReadOnlyList<QuarantineEntry>> ListAsync(IHubSession session, string? channel, string? stage, string? status, int limit, CancellationToken ct) =>
        (await session.QueryAsync<QuarantineRow>(
            $"SELECT {Columns} FROM quarantine WHERE (@channel IS NULL OR channel = @channel) AND (@stage IS NULL OR stage = @stage) AND (@status IS NULL OR status = @status) ORDER BY id DESC LIMIT @limit",
            new { channel, stage, status, limit }, ct: ct)).Select(r => r.ToEntry()).ToList();

    public async Task<QuarantineEntry?> GetAsync(IHubSession session, long id, CancellationToken ct) =>
        (await session.QueryAsync<QuarantineRow>($"SELECT {Columns} FROM quarantine WHERE id = @id", new { id }, ct: ct)).FirstOrDefault()?.ToEntry();

    public Task ResolveAsync(IHubSession session, long id, CancellationToken ct) =>
        session.ExecuteAsync("UPDATE quarantine SET status = 'resolved' WHERE id = @id", new { id }, ct: ct);

    private sealed class QuarantineRow
    {
        public long Id { get; set; }
        public string Channel { get; set; } = "";
        public string File { get; set; } = "";
        public long? RawId { get; set; }
        public long? Row { get; set; }
        public string? SourceId { get; set; }
        public string Stage { get; set; } = "";
        public string Reason { get; set; } = "";
        public object At { get; set; } = "";
        public string Status { get; set; } = "";

        public QuarantineEntry ToEntry() => new(new QuarantineItem
        {
            Id = Id, Channel = Channel, File = File, RawId = RawId, Row = Row is null ? null : (int)Row.Value, SourceId = SourceId,
            Stage = Stage, Reason = Reason, At = StoreTime.Read(At),
        }, Status);
    }
}
