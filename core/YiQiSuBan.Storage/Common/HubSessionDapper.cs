using Dapper;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// Dapper on a session for feature modules: the session's connection and transaction, after its queued writes have gone
/// out asynchronously (<see cref="IHubSession.FlushAsync"/>), so the SQL sees everything written so far and no thread
/// waits for the server.
/// </summary>
public static class HubSessionDapper
{
    public static async Task<IEnumerable<T>> QueryAsync<T>(this IHubSession session, string sql, object? param = null, CancellationToken ct = default)
    {
        await session.FlushAsync(ct);
        return await session.Connection.QueryAsync<T>(sql, param, session.Transaction);
    }

    public static async Task<T?> QuerySingleOrDefaultAsync<T>(this IHubSession session, string sql, object? param = null, CancellationToken ct = default)
    {
        await session.FlushAsync(ct);
        return await session.Connection.QuerySingleOrDefaultAsync<T>(sql, param, session.Transaction);
    }

    public static async Task<T?> ExecuteScalarAsync<T>(this IHubSession session, string sql, object? param = null, CancellationToken ct = default)
    {
        await session.FlushAsync(ct);
        return await session.Connection.ExecuteScalarAsync<T>(sql, param, session.Transaction);
    }

    public static async Task<int> ExecuteAsync(this IHubSession session, string sql, object? param = null, CancellationToken ct = default)
    {
        await session.FlushAsync(ct);
        return await session.Connection.ExecuteAsync(sql, param, session.Transaction);
    }

    /// <summary>Rows one at a time (a large table), after the queued writes.</summary>
    public static async IAsyncEnumerable<T> QueryUnbufferedAsync<T>(this IHubSession session, string sql, object? param = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await session.FlushAsync(ct);
        await foreach (var row in session.Connection.QueryUnbufferedAsync<T>(sql, param, session.Transaction).WithCancellation(ct)) yield return row;
    }
}
