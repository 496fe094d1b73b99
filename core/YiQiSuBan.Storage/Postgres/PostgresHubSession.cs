using System.Data.Common;
using Dapper;
using Npgsql;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// One PostgreSQL write transaction. Before its first write it takes the writer lock (see <see cref="PostgresLocks.LockWriter"/>),
/// so feed sequence numbers are strictly increasing in commit order.
/// </summary>
internal sealed class PostgresHubSession(NpgsqlConnection connection, NpgsqlTransaction tx) : IHubSession
{
    private bool _done;
    private bool _locked;

    public string Dialect => "postgres";
    public DbConnection Connection => connection;
    public DbTransaction Transaction => tx;

    /// <summary>Takes the writer lock once; feature modules writing through <see cref="Connection"/> come after a pipeline write.</summary>
    private async Task LockAsync()
    {
        if (_locked) return;
        await connection.ExecuteAsync(PostgresLocks.LockWriter, transaction: tx);
        _locked = true;
    }

    public async Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default)
    {
        await LockAsync();
        var (encoding, bytes) = RawCompression.Compress(payload.Bytes.Span);
        var id = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO raw_payloads(channel, name, sha256, received_at, delivery, size, encoding, bytes)
            VALUES (@Channel, @Name, @Sha256, @receivedAt, @Delivery, @size, @encoding, @bytes)
            ON CONFLICT (channel, sha256) DO NOTHING RETURNING id
            """,
            new { payload.Channel, payload.Name, payload.Sha256, receivedAt = payload.ReceivedAt.ToUniversalTime(), payload.Delivery, size = payload.Bytes.Length, encoding, bytes }, tx);
        if (id is { } added)
            return new RawPayloadEntry(added, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, true);
        var existing = await connection.ExecuteScalarAsync<long>(
            "SELECT id FROM raw_payloads WHERE channel = @Channel AND sha256 = @Sha256", new { payload.Channel, payload.Sha256 }, tx);
        return new RawPayloadEntry(existing, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, false);
    }

    public Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default) => GetAsync(connection, tx, id);

    internal static async Task<StoredComplaint?> GetAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string id)
    {
        var row = await c.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintRow.Select, new { id }, tx);
        return row?.ToStored();
    }

    public async Task SaveComplaintAsync(StoredComplaint complaint, CancellationToken ct = default)
    {
        await LockAsync();
        var snapshot = PostgresJson.Write(complaint.Snapshot);
        var json = complaint.Complaint is null ? null : PostgresJson.Write(complaint.Complaint);
        await connection.ExecuteAsync(
            """
            INSERT INTO complaints(id, channel, source_id, snapshot, complaint, content_hash, mapping_version, raw_id)
            VALUES (@Id, @Channel, @SourceId, @snapshot::jsonb, @json::jsonb, @ContentHash, @MappingVersion, @RawId)
            ON CONFLICT(id) DO UPDATE SET snapshot = excluded.snapshot, complaint = excluded.complaint,
              content_hash = excluded.content_hash, mapping_version = excluded.mapping_version, raw_id = excluded.raw_id;
            INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version)
            VALUES (@Id, @RawId, 'applied', @Version, @snapshot::jsonb, @json::jsonb, @MappingVersion)
            """,
            new { complaint.Id, complaint.Snapshot.Channel, complaint.Snapshot.SourceId, snapshot, json, complaint.ContentHash, complaint.MappingVersion, complaint.RawId, complaint.Snapshot.Version }, tx);
    }

    public async Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default)
    {
        await LockAsync();
        await connection.ExecuteAsync(
            "INSERT INTO complaint_history(complaint_id, raw_id, outcome, source_version, record) VALUES (@complaintId, @rawId, @outcome, @Version, @json::jsonb)",
            new { complaintId, rawId, outcome, record.Version, json = PostgresJson.Write(record) }, tx);
    }

    public async Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default)
    {
        await LockAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO feed(type, complaint_id, at, payload) VALUES (@Type, @ComplaintId, @at, @payload::jsonb) RETURNING seq",
            new { feedEvent.Type, feedEvent.ComplaintId, at = feedEvent.At.ToUniversalTime(), payload = PostgresJson.Write(feedEvent with { Seq = 0 }) }, tx);
    }

    public async Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default)
    {
        await LockAsync();
        return await connection.ExecuteScalarAsync<long>(
            "INSERT INTO quarantine(channel, file, raw_id, row, source_id, stage, reason, at) VALUES (@Channel, @File, @RawId, @Row, @SourceId, @Stage, @Reason, @at) RETURNING id",
            new { item.Channel, item.File, item.RawId, item.Row, item.SourceId, item.Stage, item.Reason, at = item.At.ToUniversalTime() }, tx);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await tx.CommitAsync(ct);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_done) await tx.RollbackAsync();
            await tx.DisposeAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
