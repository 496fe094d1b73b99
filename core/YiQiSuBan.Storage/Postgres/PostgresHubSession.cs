using System.Data.Common;
using Dapper;
using Npgsql;
using NpgsqlTypes;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// One PostgreSQL write transaction. Before its first write it takes the writer lock (see <see cref="PostgresLocks.LockWriter"/>),
/// so feed sequence numbers are strictly increasing in commit order. Writes that need no answer wait in a
/// <see cref="PostgresWriteBuffer"/> and go to the server in batches (few round trips per record).
/// </summary>
internal sealed class PostgresHubSession(NpgsqlConnection connection, NpgsqlTransaction tx) : IHubSession
{
    private readonly PostgresWriteBuffer _pending = new(connection, tx);
    private readonly PostgresIdBlock _feedSeqs = new("feed", "seq");
    private readonly PostgresIdBlock _versionIds = new("complaint_history", "id"); // every history row of the session
    private readonly SessionVersions _saved = new();
    private readonly PostgresPrefetch _prefetched = new();
    private readonly PostgresIdBlock _quarantineIds = new("quarantine", "id");
    private readonly PostgresRowGroup _raws = new("INSERT INTO raw_payloads(id, channel, name, sha256, received_at, delivery, size, encoding, bytes)",
        [NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Text, NpgsqlDbType.Integer, NpgsqlDbType.Text, NpgsqlDbType.Bytea]);
    private readonly PostgresRowGroup _versions = new("INSERT INTO complaint_history(id, complaint_id, raw_id, outcome, source_version, record, complaint, mapping_version)",
        [NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Json, NpgsqlDbType.Json, NpgsqlDbType.Text]);
    private readonly PostgresRowGroup _complaints = new("INSERT INTO complaints(id, channel, source_id, version_id, content_hash, mapping_version, raw_id)",
        [NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint],
        """
        ON CONFLICT(id) DO UPDATE SET version_id = excluded.version_id,
          content_hash = excluded.content_hash, mapping_version = excluded.mapping_version, raw_id = excluded.raw_id
        """, key: 0);
    private readonly PostgresRowGroup _feed = new("INSERT INTO feed(seq, type, complaint_id, at, payload, version_id)",
        [NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.TimestampTz, NpgsqlDbType.Json, NpgsqlDbType.Bigint]);
    private bool _done;
    private bool _locked;

    public string Dialect => "postgres";

    /// <summary>The connection, after sending pending writes so that a feature module's SQL sees everything written so far.</summary>
    public DbConnection Connection
    {
        get
        {
            _pending.Flush();
            return connection;
        }
    }

    public DbTransaction Transaction
    {
        get
        {
            _pending.Flush();
            return tx;
        }
    }

    public async ValueTask FlushAsync(CancellationToken ct = default) => await _pending.FlushAsync(ct);

    /// <summary>Writes queued or in flight: what reading <see cref="Connection"/> would have to wait for.</summary>
    internal bool HasUnsentWrites => !_pending.IsIdle;

    /// <summary>How many times reading <see cref="Connection"/> or <see cref="Transaction"/> blocked a thread on queued writes.</summary>
    internal int SynchronousFlushes => _pending.SynchronousFlushes;

    /// <summary>Round trips taken only to get history or feed ids (none when the read-ahead took enough).</summary>
    internal int IdRoundTrips => _versionIds.OwnRoundTrips + _feedSeqs.OwnRoundTrips;

    /// <summary>Runs <paramref name="reads"/> in the same round trip as the writes still queued (see <see cref="PostgresWriteBuffer.ReadAfterAsync"/>).</summary>
    internal Task<T> ReadAfterWritesAsync<T>(IReadOnlyList<NpgsqlBatchCommand> reads, Func<NpgsqlDataReader, Task<T>> read, CancellationToken ct) =>
        _pending.ReadAfterAsync(reads, read, ct);

    /// <summary>Takes the writer lock once, before the session's first write.</summary>
    private async Task LockAsync()
    {
        if (_locked) return;
        await connection.ExecuteAsync(PostgresLocks.LockWriter, transaction: tx);
        _locked = true;
    }

    private async Task QueuedAsync(CancellationToken ct)
    {
        if (_pending.IsFull) await _pending.SendAsync(ct);
    }

    public async Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default)
    {
        await LockAsync();
        if (_prefetched.Raw(payload) is { } known)
            return new RawPayloadEntry(known, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, false);
        if (_prefetched.NewRawId(payload) is { } newId)
        {
            _pending.AddRow(_raws, newId, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt.UtcDateTime, payload.Delivery, payload.Bytes.Length,
                payload.AtRest.Encoding, payload.AtRest.Bytes);
            _prefetched.Added(payload, newId);
            await QueuedAsync(ct);
            return new RawPayloadEntry(newId, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, true);
        }
        var (encoding, bytes) = payload.AtRest;
        await _pending.DrainAsync();
        var id = await connection.ExecuteScalarAsync<long?>(
            """
            INSERT INTO raw_payloads(channel, name, sha256, received_at, delivery, size, encoding, bytes)
            VALUES (@Channel, @Name, @Sha256, @receivedAt, @Delivery, @size, @encoding, @bytes)
            ON CONFLICT (channel, sha256) DO NOTHING RETURNING id
            """,
            new { payload.Channel, payload.Name, payload.Sha256, receivedAt = payload.ReceivedAt.ToUniversalTime(), payload.Delivery, size = payload.Bytes.Length, encoding, bytes }, tx);
        if (id is { } added)
        {
            _prefetched.Added(payload, added);
            return new RawPayloadEntry(added, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, true);
        }
        var existing = await connection.ExecuteScalarAsync<long>(
            "SELECT id FROM raw_payloads WHERE channel = @Channel AND sha256 = @Sha256", new { payload.Channel, payload.Sha256 }, tx);
        _prefetched.Added(payload, existing);
        return new RawPayloadEntry(existing, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, false);
    }

    public async Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default)
    {
        if (_saved.Get(id) is { } saved) return saved;
        if (_prefetched.Complaint(id, out var known)) return known;
        await _pending.DrainAsync();
        return await GetAsync(connection, tx, id);
    }

    /// <summary>
    /// Reads the named complaints and which payloads are stored already, and takes history and feed ids for the records, in
    /// one round trip, after taking the writer lock.
    /// </summary>
    public async Task PrefetchAsync(IReadOnlyCollection<RawPayload> payloads, IReadOnlyCollection<string> complaintIds, CancellationToken ct = default)
    {
        await LockAsync();
        await _pending.DrainAsync();
        await _prefetched.LoadAsync(connection, tx, payloads, complaintIds.Where(id => _saved.Get(id) is null).ToList(), [_versionIds, _feedSeqs], complaintIds.Count, ct);
    }

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
        var versionId = await _versionIds.NextAsync(connection, tx, _pending);
        _pending.AddRow(_versions, versionId, complaint.Id, complaint.RawId, "applied", complaint.Snapshot.Version, snapshot, json, complaint.MappingVersion);
        _pending.AddRow(_complaints, complaint.Id, complaint.Snapshot.Channel, complaint.Snapshot.SourceId, versionId, complaint.ContentHash,
            complaint.MappingVersion, complaint.RawId);
        _saved.Remember(complaint, versionId);
        await QueuedAsync(ct);
    }

    public async Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default)
    {
        await LockAsync();
        var historyId = await _versionIds.NextAsync(connection, tx, _pending); // from the same block as applied versions: ids keep the session's order
        _pending.AddRow(_versions, historyId, complaintId, rawId, outcome, record.Version, PostgresJson.Write(record), null, null);
        await QueuedAsync(ct);
    }

    public async Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default)
    {
        await LockAsync();
        var seq = await _feedSeqs.NextAsync(connection, tx, _pending);
        var (payload, versionId) = _saved.ForFeed(feedEvent);
        _pending.AddRow(_feed, seq, feedEvent.Type, feedEvent.ComplaintId, feedEvent.At.UtcDateTime, PostgresJson.Write(payload), versionId);
        await QueuedAsync(ct);
        return seq;
    }

    public async Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default)
    {
        await LockAsync();
        var id = await _quarantineIds.NextAsync(connection, tx, _pending);
        _pending.Add(
            "INSERT INTO quarantine(id, channel, file, raw_id, row, source_id, stage, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            (id, NpgsqlDbType.Bigint), (item.Channel, NpgsqlDbType.Text), (item.File, NpgsqlDbType.Text), (item.RawId, NpgsqlDbType.Bigint),
            (item.Row, NpgsqlDbType.Integer), (item.SourceId, NpgsqlDbType.Text), (item.Stage, NpgsqlDbType.Text), (item.Reason, NpgsqlDbType.Text),
            (item.At.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        await QueuedAsync(ct);
        return id;
    }

    public async Task WriteAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct = default)
    {
        await LockAsync();
        _pending.Add(sql, values);
        await QueuedAsync(ct);
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await _pending.FlushAsync(ct);
        await tx.CommitAsync(ct);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            try
            {
                await _pending.DrainAsync();
            }
            catch (Exception) when (!_done)
            {
                // the session failed (or is abandoned): its writes are rolled back below
            }
            if (!_done) await tx.RollbackAsync();
            await tx.DisposeAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}
