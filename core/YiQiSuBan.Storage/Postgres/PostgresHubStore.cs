using Dapper;
using Npgsql;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// The production store on PostgreSQL (Npgsql + Dapper). Any number of hub nodes may share one database:
/// migrations run under an advisory lock, and write sessions take the writer lock so the feed stays in commit order.
/// </summary>
public sealed class PostgresHubStore : IHubStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresHubStore(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public string Kind => "postgres";

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        await c.ExecuteAsync(PostgresLocks.LockMigrations);
        try
        {
            await c.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations(version integer PRIMARY KEY, applied_at timestamptz NOT NULL)");
            var applied = (await c.QueryAsync<int>("SELECT version FROM schema_migrations")).ToHashSet();
            foreach (var (version, sql) in PostgresSchema.Migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await c.BeginTransactionAsync(ct);
                await c.ExecuteAsync(sql, transaction: tx);
                await c.ExecuteAsync("INSERT INTO schema_migrations(version, applied_at) VALUES (@version, now())", new { version }, tx);
                await tx.CommitAsync(ct);
            }
            if (!applied.Contains(DedupeLookupBackfill.Migration)) await DedupeLookupBackfill.RunAsync(this, ct);
        }
        finally
        {
            await c.ExecuteAsync(PostgresLocks.UnlockMigrations);
        }
    }

    public async Task<IHubSession> BeginAsync(CancellationToken ct = default)
    {
        var c = await _dataSource.OpenConnectionAsync(ct);
        try
        {
            return new PostgresHubSession(c, await c.BeginTransactionAsync(ct));
        }
        catch
        {
            await c.DisposeAsync();
            throw;
        }
    }

    public async Task<IReadOnlyList<FeedEvent>> ReadFeedAsync(long after, int limit, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<FeedRow>(FeedRow.Select + " WHERE f.seq > @after ORDER BY f.seq LIMIT @limit", new { after, limit });
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(int limit = 1000, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<PostgresRows.Quarantine>("SELECT id, channel, file, raw_id AS RawId, row, source_id AS SourceId, stage, reason, at FROM quarantine ORDER BY id LIMIT @limit", new { limit });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        return await PostgresHubSession.GetAsync(c, null, id);
    }

    public async Task<byte[]?> GetRawBytesAsync(long rawId, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<StoredRawRow>("SELECT bytes, encoding, size::bigint AS size FROM raw_payloads WHERE id = @rawId", new { rawId });
        return row?.Original();
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
