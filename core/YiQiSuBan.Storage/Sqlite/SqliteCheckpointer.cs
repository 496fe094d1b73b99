using Dapper;
using Microsoft.Data.Sqlite;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log into the database file from a background task (<c>PRAGMA wal_checkpoint(PASSIVE)</c> on its
/// own connection, once a second), so the one writer, whose connection has automatic checkpoints off, never waits in a
/// commit for a checkpoint's page writes and fsyncs. A passive checkpoint never blocks the writer or readers.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open) => _loop = Task.Run(() => RunAsync(open, _stop.Token));

    private static async Task RunAsync(Func<CancellationToken, Task<SqliteConnection>> open, CancellationToken stop)
    {
        try
        {
            await using var connection = await open(stop);
            using var timer = new PeriodicTimer(Every);
            while (await timer.WaitForNextTickAsync(stop)) await CheckpointAsync(connection);
            await CheckpointAsync(connection);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static async Task CheckpointAsync(SqliteConnection connection)
    {
        try
        {
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(PASSIVE);");
        }
        catch (SqliteException)
        {
            // not fatal: the log stays longer and the next tick tries again
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
