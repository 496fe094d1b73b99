using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>One SQLite write transaction.</summary>
internal sealed class SqliteHubSession(SqliteConnection connection, SqliteTransaction tx, Action release) : IHubSession
{
    private bool _done;

    public string Dialect => "sqlite";
    public DbConnection Connection => connection;
    public DbTransaction Transaction => tx;

    public async Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default)
    {
        var existing = await connection.QuerySingleOrDefaultAsync<long?>(
            "SELECT id FROM raw_payloads WHERE channel = @Channel AND sha256 = @Sha256", new { payload.Channel, payload.Sha256 }, tx);
        if (existing is { } found)
            return new RawPayloadEntry(found, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, false);
        var (encoding, bytes) = RawCompression.Compress(payload.Bytes.Span);
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO raw_payloads(channel, name, sha256, received_at, delivery, size, encoding, bytes)
            VALUES (@Channel, @Name, @Sha256, @ReceivedAt, @Delivery, @Size, @encoding, @bytes) RETURNING id
            """,
            new { payload.Channel, payload.Name, payload.Sha256, ReceivedAt = payload.ReceivedAt.ToString("O"), payload.Delivery, Size = payload.Bytes.Length, encoding, bytes }, tx);
        return new RawPayloadEntry(id, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, true);
    }

    public Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default) => GetAsync(connection, tx, id);

    internal static async Task<StoredComplaint?> GetAsync(SqliteConnection c, SqliteTransaction? tx, string id)
    {
        var row = await c.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintRow.Select, new { id }, tx);
        return row?.ToStored();
    }

    public async Task SaveComplaintAsync(StoredComplaint complaint, CancellationToken ct = default)
    {
        var snapshot = StoreJson.Write(complaint.Snapshot);
        var json = complaint.Complaint is null ? null : StoreJson.Write(complaint.Complaint);
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints(id, channel, source_id, snapshot, complaint, content_hash, mapping_version, raw_id)
            VALUES (@Id, @Channel, @SourceId, @snapshot, @json, @ContentHash, @MappingVersion, @RawId)
            ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot, complaint = excluded.complaint,
              content_hash = excluded.content_hash, mapping_version = excluded.mapping_version, raw_id = excluded.raw_id
            """,
            new { complaint.Id, complaint.Snapshot.Channel, complaint.Snapshot.SourceId, snapshot, json, complaint.ContentHash, complaint.MappingVersion, complaint.RawId }, tx);
        await connection.ExecuteAsync(
            "INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version) VALUES (@Id, @RawId, 'applied', @Version, @snapshot, @json, @MappingVersion)",
            new { complaint.Id, complaint.RawId, complaint.Snapshot.Version, snapshot, json, complaint.MappingVersion }, tx);
    }

    public Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default) =>
        connection.ExecuteAsync(
            "INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (@complaintId, @rawId, @outcome, @Version, @json)",
            new { complaintId, rawId, outcome, record.Version, json = StoreJson.Write(record) }, tx);

    public Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default) =>
        connection.ExecuteScalarAsync<long>(
            "INSERT INTO feed(type, complaint_id, at, payload) VALUES (@Type, @ComplaintId, @at, @payload) RETURNING seq",
            new { feedEvent.Type, feedEvent.ComplaintId, at = feedEvent.At.ToString("O"), payload = StoreJson.Write(feedEvent with { Seq = 0 }) }, tx);

    public Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default) =>
        connection.ExecuteScalarAsync<long>(
            "INSERT INTO quarantine(channel, file, raw_id, row, source_id, stage, reason, at) VALUES (@Channel, @File, @RawId, @Row, @SourceId, @Stage, @Reason, @at) RETURNING id",
            new { item.Channel, item.File, item.RawId, item.Row, item.SourceId, item.Stage, item.Reason, at = item.At.ToString("O") }, tx);

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await tx.CommitAsync(ct);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done) await tx.RollbackAsync();
        await tx.DisposeAsync();
        release();
    }
}
