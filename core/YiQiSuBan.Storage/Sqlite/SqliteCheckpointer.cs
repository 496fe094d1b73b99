using Microsoft.Data.Sqlite;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// The write-ahead log's checkpoints for the store's one writer. After each commit the log is copied into the database
/// file on a connection and thread of its own, so that the writer does not stop for the copy and its syncs. Once the log
/// holds <c>restartPages</c>, the writer copies what is left after its commit itself (what came since the last copy), so
/// that its next transaction starts the log over: a log is reused only after a checkpoint copied all of it, which a copy
/// running beside a busy writer never does.
/// </summary>
/// <remarks>
/// A copy that fails (the disk, another process's checkpoint, a connection that cannot open) is not retried here: the
/// writer then checkpoints itself after its next commit, as SQLite's automatic checkpoint would, and the next copy opens
/// its connection again. No failure of a copy stops the thread: the copy only saves the writer time. The thread starts
/// with the first commit, so a store that only reads (the feed, the quarantine list) has none.
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly int _restartPages;
    private Thread? _thread;
    private readonly AutoResetEvent _committed = new(false);
    private readonly ManualResetEventSlim _idle = new(true);
    private volatile bool _disposed;
    private long _logPages;

    /// <summary>What a checkpoint reports: whether it could not run, the pages in the log, and the pages copied.</summary>
    private readonly record struct Outcome(bool Busy, long Log, long Checkpointed);

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open, int restartPages)
    {
        _open = open;
        _restartPages = restartPages;
    }

    /// <summary>Runs on the writer after each commit, before its next transaction begins.</summary>
    public void AfterCommit(SqliteConnection writer)
    {
        if (Interlocked.Read(ref _logPages) < _restartPages)
        {
            if (_thread is null)
            {
                _thread = new Thread(CopyAfterCommits) { IsBackground = true, Name = "SQLite log copy" };
                _thread.Start();
            }
            _committed.Set();
            return;
        }
        _idle.Wait(); // the copy in flight
        var outcome = Checkpoint(writer);
        if (outcome.Busy) return; // a copy started meanwhile: the next commit tries again
        Interlocked.Exchange(ref _logPages, outcome.Log == outcome.Checkpointed ? 0 : outcome.Log);
    }

    private void CopyAfterCommits()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                _committed.WaitOne();
                if (_disposed) return;
                _idle.Reset();
                try
                {
                    connection ??= _open(CancellationToken.None).GetAwaiter().GetResult();
                    var outcome = Checkpoint(connection);
                    Interlocked.Exchange(ref _logPages, outcome.Busy ? long.MaxValue : outcome.Log);
                }
                catch (Exception) // any: one escaping this thread would end the process
                {
                    Interlocked.Exchange(ref _logPages, long.MaxValue); // the writer checkpoints after its next commit
                    connection?.Dispose();
                    connection = null;
                }
                finally
                {
                    _idle.Set();
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static Outcome Checkpoint(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new Outcome(reader.GetInt64(0) != 0, reader.GetInt64(1), reader.GetInt64(2));
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _committed.Set();
        _thread?.Join();
        _committed.Dispose();
        _idle.Dispose();
    }
}
