using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>One SQLite write transaction.</summary>
/// <remarks>
/// The hot statements run through the store's <see cref="SqliteCommandCache"/> (prepared once per connection; the writes
/// bind the JSON's UTF-8 as it was written).
/// Complaints saved in this session are answered from memory (<see cref="SessionVersions"/>), so a record that updates
/// one written moments ago does not read and deserialize it again (the session is the transaction, so a rollback
/// forgets them too). Each version is written once, in complaint_history; the complaint row points at it.
/// </remarks>
internal sealed class SqliteHubSession(SqliteConnection connection, SqliteTransaction tx, SqliteCommandCache commands, Action<bool> release) : IHubSession
{
    private readonly SessionVersions _saved = new();
    private bool _done;

    public string Dialect => "sqlite";
    public DbConnection Connection => connection;
    public DbTransaction Transaction => tx;

    /// <summary>The write connection's prepared statements, for the store's feature modules (e.g. the dedupe index).</summary>
    internal SqliteCommandCache Commands => commands;

    public Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default)
    {
        var (encoding, bytes) = payload.AtRest;
        var added = commands.Statement(SqliteSessionSql.InsertRaw).Text(1, payload.Channel).Text(2, payload.Name).Text(3, payload.Sha256)
            .Time(4, payload.ReceivedAt).Text(5, payload.Delivery).Integer(6, payload.Bytes.Length).Text(7, encoding).Blob(8, bytes).Run();
        var isNew = added is not null;
        var id = added ?? (long)commands.Get(SqliteSessionSql.RawId, tx, payload.Channel, payload.Sha256).ExecuteScalar()!;
        return Task.FromResult(new RawPayloadEntry(id, payload.Channel, payload.Name, payload.Sha256, payload.ReceivedAt, payload.Delivery, isNew));
    }

    public Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default)
    {
        if (_saved.Get(id) is { } saved) return Task.FromResult<StoredComplaint?>(saved);
        using var reader = commands.Get(SqliteSessionSql.SelectComplaint, tx, id).ExecuteReader();
        return Task.FromResult(reader.Read()
            ? StoreJson.ToStored(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5))
            : null);
    }

    internal static async Task<StoredComplaint?> GetAsync(SqliteConnection c, SqliteTransaction? tx, string id)
    {
        var row = await c.QuerySingleOrDefaultAsync<ComplaintRow>(ComplaintRow.Select, new { id }, tx);
        return row?.ToStored();
    }

    public Task SaveComplaintAsync(StoredComplaint complaint, CancellationToken ct = default)
    {
        var history = commands.Statement(SqliteSessionSql.InsertAppliedHistory).Text(1, complaint.Id).Integer(2, complaint.RawId)
            .Integer(3, complaint.Snapshot.Version).Utf8(4, HubJson.Utf8(complaint.Snapshot)).Text(6, complaint.MappingVersion);
        if (complaint.Complaint is null) history.Text(5, null);
        else history.Utf8(5, HubJson.Utf8(complaint.Complaint));
        var versionId = history.Run()!.Value;
        commands.Statement(SqliteSessionSql.UpsertComplaint).Text(1, complaint.Id).Text(2, complaint.Snapshot.Channel).Text(3, complaint.Snapshot.SourceId)
            .Integer(4, versionId).Text(5, complaint.ContentHash).Text(6, complaint.MappingVersion).Integer(7, complaint.RawId).Run();
        _saved.Remember(complaint, versionId);
        return Task.CompletedTask;
    }

    public Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default)
    {
        commands.Statement(SqliteSessionSql.InsertHistory).Text(1, complaintId).Integer(2, rawId).Text(3, outcome).Integer(4, record.Version)
            .Utf8(5, HubJson.Utf8(record)).Run();
        return Task.CompletedTask;
    }

    public Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default)
    {
        var (payload, versionId) = _saved.ForFeed(feedEvent);
        return Task.FromResult(commands.Statement(SqliteSessionSql.InsertFeed).Text(1, feedEvent.Type).Text(2, feedEvent.ComplaintId)
            .Time(3, feedEvent.At).Utf8(4, StoreJson.Utf8(payload)).Integer(5, versionId).Run()!.Value);
    }

    public Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default) =>
        connection.ExecuteScalarAsync<long>(
            "INSERT INTO quarantine(channel, file, raw_id, row, source_id, stage, reason, at) VALUES (@Channel, @File, @RawId, @Row, @SourceId, @Stage, @Reason, @at) RETURNING id",
            new { item.Channel, item.File, item.RawId, item.Row, item.SourceId, item.Stage, item.Reason, at = item.At.ToString("O") }, tx);

    public Task WriteAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct = default)
    {
        commands.Get(sql, tx, values).ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        await tx.CommitAsync(ct);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done) await tx.RollbackAsync();
        await tx.DisposeAsync();
        release(_done);
    }
}
