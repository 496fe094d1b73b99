using System.Globalization;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using YiQiSuBan.Storage.Connectors;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Remembers what pushes were seen (nonces, event ids, webhook ids) in the store's push_receipts table, for replay
/// protection and duplicate delivery: a receipt is written in the same transaction as the payload it stands for.
/// </summary>
public sealed class PushReceipts(IHubStore store, TimeProvider clock)
{
    /// <summary>Records a nonce in its own transaction; false when it was seen within <paramref name="window"/>.</summary>
    public async Task<bool> TryUseNonceAsync(string channel, string nonce, TimeSpan window, CancellationToken ct)
    {
        await using var session = await store.BeginAsync(ct);
        var sql = ConnectorSql.For(session.Dialect);
        await session.ExecuteAsync(sql.PruneReceipts, new { channel, kind = "nonce", before = Text(clock.GetUtcNow() - window) }, ct: ct);
        var added = await session.ExecuteAsync(sql.InsertReceipt, new { channel, kind = "nonce", key = nonce, at = Text(clock.GetUtcNow()) }, ct: ct);
        await session.CommitAsync(ct);
        return added == 1;
    }

    /// <summary>True when <paramref name="key"/> of <paramref name="kind"/> was recorded (and not yet pruned).</summary>
    public async Task<bool> SeenAsync(IHubSession session, string channel, string kind, string key) =>
        await session.ExecuteScalarAsync<long>(ConnectorSql.For(session.Dialect).CountReceipt,
            new { channel, kind, key, since = "" }) > 0;

    /// <summary>Records <paramref name="key"/> in the caller's transaction and prunes receipts of the kind older than <paramref name="keep"/>.</summary>
    public async Task RecordAsync(IHubSession session, string channel, string kind, string key, TimeSpan keep)
    {
        var sql = ConnectorSql.For(session.Dialect);
        await session.ExecuteAsync(sql.PruneReceipts, new { channel, kind, before = Text(clock.GetUtcNow() - keep) });
        await session.ExecuteAsync(sql.InsertReceipt, new { channel, kind, key, at = Text(clock.GetUtcNow()) });
    }

    private static string Text(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
