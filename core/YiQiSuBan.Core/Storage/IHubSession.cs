using System.Data.Common;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Storage;

/// <summary>One transaction on the store: everything written through it lands together on <see cref="CommitAsync"/> or not at all.</summary>
public interface IHubSession : IAsyncDisposable
{
    /// <summary>sqlite or postgres: feature modules (dedupe, audit, outbox) pick their SQL dialect by it.</summary>
    string Dialect { get; }

    /// <summary>
    /// The open connection, for feature modules that write their own tables in this transaction. On a store that queues
    /// writes (PostgreSQL) reading it sends them first and waits synchronously: async code goes through
    /// <see cref="FlushAsync"/> first (the store's Dapper extensions on the session do).
    /// </summary>
    DbConnection Connection { get; }

    /// <summary>The session's transaction (pass it to every Dapper call made through <see cref="Connection"/>).</summary>
    DbTransaction Transaction { get; }

    /// <summary>Keeps the raw bytes (once per channel + digest); IsNew=false when the same bytes were stored before.</summary>
    Task<RawPayloadEntry> AddRawAsync(RawPayload payload, CancellationToken ct = default);

    Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Says which payloads and complaints the next calls will store or read, so a store across a network reads what it
    /// needs for all of them in one round trip (PostgreSQL) instead of one per record. Only a hint: a store may ignore it,
    /// and calls about anything not named still work.
    /// </summary>
    Task PrefetchAsync(IReadOnlyCollection<RawPayload> payloads, IReadOnlyCollection<string> complaintIds, CancellationToken ct = default) => Task.CompletedTask;

    /// <summary>Inserts or replaces the current complaint and appends it to its version history.</summary>
    Task SaveComplaintAsync(StoredComplaint complaint, CancellationToken ct = default);

    /// <summary>Keeps a source record that did not change the current complaint (older, or the same) in the history.</summary>
    Task AddHistoryAsync(string complaintId, SourceRecord record, long rawId, string outcome, CancellationToken ct = default);

    /// <summary>Appends an event to the feed; returns its sequence number.</summary>
    Task<long> AppendFeedAsync(FeedEvent feedEvent, CancellationToken ct = default);

    Task<long> QuarantineAsync(QuarantineItem item, CancellationToken ct = default);

    /// <summary>
    /// Writes a statement that needs no answer (a feature module's insert) in this transaction the store's fastest way:
    /// a prepared command kept for the connection (SQLite) or the session's write batch (PostgreSQL). Prefer it to
    /// <see cref="Connection"/> on hot paths. <paramref name="sql"/> has positional parameters in the
    /// <see cref="Dialect"/>'s style: @p0, @p1, … (sqlite) or $1, $2, … (postgres), bound to <paramref name="values"/> in order.
    /// </summary>
    Task WriteAsync(string sql, IReadOnlyList<object?> values, CancellationToken ct = default);

    /// <summary>Sends the writes this session still queues and waits for them without blocking (nothing to do on a store that does not queue).</summary>
    ValueTask FlushAsync(CancellationToken ct = default) => ValueTask.CompletedTask;

    Task CommitAsync(CancellationToken ct = default);
}
