using Dapper;
using Microsoft.Data.Sqlite;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. One writer at a time (sessions queue on a lock);
/// readers use their own connections.
/// </summary>
public sealed class SqliteHubStore : IHubStore
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private SqliteConnection? _writeConnection;
    private SqliteCommandCache? _commands;
    private readonly SqliteCheckpointer _checkpointer;

    /// <summary>
    /// Log pages after which the writer copies the rest of the log itself and the log starts over: 256 MiB of 4 KiB pages.
    /// Larger than SQLite's default since the log is copied behind the writer anyway; in a 100k replay with a first version
    /// of the copy (a thread-pool task, SQLite's automatic checkpoint at this size), 16,384 gave 8,401–9,286 records/s
    /// against 9,427–9,584 (alternating runs). The log file keeps the largest size it reached (a log
    /// that starts over is written again from its start) until the last connection closes, which removes it.
    /// </summary>
    internal const int LogRestartPages = 65536;

    public SqliteHubStore(string path) : this(path, LogRestartPages) { }

    /// <summary>A store whose log starts over after <paramref name="logRestartPages"/> pages (tests use small logs).</summary>
    internal SqliteHubStore(string path, int logRestartPages)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString();
        _checkpointer = new SqliteCheckpointer(OpenAsync, logRestartPages);
    }

    public string Kind => "sqlite";

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync("PRAGMA journal_mode=WAL;");
        await c.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = (await c.QueryAsync<long>("SELECT version FROM schema_migrations")).ToHashSet();
        foreach (var (version, sql) in SqliteSchema.Migrations.Where(m => !applied.Contains(m.Version)))
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            await c.ExecuteAsync(sql, transaction: tx);
            await c.ExecuteAsync("INSERT INTO schema_migrations(version, applied_at) VALUES (@version, @at)", new { version, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            await tx.CommitAsync(ct);
        }
        if (!applied.Contains(DedupeLookupBackfill.Migration)) await DedupeLookupBackfill.RunAsync(this, ct);
    }

    public async Task<IHubSession> BeginAsync(CancellationToken ct = default)
    {
        await _writer.WaitAsync(ct);
        try
        {
            _writeConnection ??= await OpenWriterAsync(ct);
            _commands ??= new SqliteCommandCache(_writeConnection);
            var tx = (SqliteTransaction)await _writeConnection.BeginTransactionAsync(ct);
            return new SqliteHubSession(_writeConnection, tx, _commands, AfterSession);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    public async Task<IReadOnlyList<FeedEvent>> ReadFeedAsync(long after, int limit, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<FeedRow>(FeedRow.Select + " WHERE f.seq > @after ORDER BY f.seq LIMIT @limit", new { after, limit });
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<IReadOnlyList<QuarantineItem>> ListQuarantineAsync(int limit = 1000, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var rows = await c.QueryAsync<SqliteRows.Quarantine>("SELECT id, channel, file, raw_id AS RawId, row, source_id AS SourceId, stage, reason, at FROM quarantine ORDER BY id LIMIT @limit", new { limit });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task<StoredComplaint?> GetComplaintAsync(string id, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        return await SqliteHubSession.GetAsync(c, null, id);
    }

    public async Task<byte[]?> GetRawBytesAsync(long rawId, CancellationToken ct = default)
    {
        await using var c = await OpenAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<StoredRawRow>("SELECT bytes, encoding, size FROM raw_payloads WHERE id = @rawId", new { rawId });
        return row?.Original();
    }

    /// <summary>Ends a session: checkpoints after a commit (<see cref="SqliteCheckpointer"/>), then lets the next session begin.</summary>
    private void AfterSession(bool committed)
    {
        try
        {
            if (committed) _checkpointer.AfterCommit(_writeConnection!);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// The one write connection: a larger page cache, and no automatic checkpoint: <see cref="SqliteCheckpointer"/> copies
    /// the log behind it.
    /// </summary>
    private async Task<SqliteConnection> OpenWriterAsync(CancellationToken ct)
    {
        var c = await OpenAsync(ct);
        await c.ExecuteAsync("PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=0;");
        return c;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        // memory-mapped reads: the dedupe index reads many small rows at random places of a large file, and a page the
        // operating system already holds then costs no read call (address space, not memory; this build caps it at 2 GiB)
        await c.ExecuteAsync("PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA mmap_size=4294967296;");
        StablePlans(c);
        return c;
    }

    /// <summary>
    /// Query plans that do not depend on the values bound (SQLITE_DBCONFIG_ENABLE_QPSG). This SQLite build weighs a bound
    /// value compared to an indexed column against index statistics (STAT4), and so compiles such a statement again on
    /// every run after new values are bound: the dedupe range scans, tens a complaint, were parsed and planned each time.
    /// </summary>
    private static void StablePlans(SqliteConnection c)
    {
        const int EnableQpsg = 1007;
        var rc = SQLitePCL.raw.sqlite3_db_config(c.Handle!, EnableQpsg, 1, out _);
        if (rc != SQLitePCL.raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, c.Handle);
    }

    public async ValueTask DisposeAsync()
    {
        _checkpointer.Dispose();
        _commands?.Dispose();
        if (_writeConnection is not null) await _writeConnection.DisposeAsync();
        _writer.Dispose();
    }
}
