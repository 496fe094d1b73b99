using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// Takes the .csv/.xlsx batches in the drop folder, one file per batch; after the batch committed the file moves to
/// <c>processed/</c>. A file handed in again is stored once (same bytes), so re-sent files are harmless.
/// </summary>
public sealed class OfflineDropFolderConnector(IOptions<OfflineOptions> options, TimeProvider clock) : IChannelConnector
{
    public const string ProcessedFolder = "processed";

    public string Key => OfflineOptions.Key;

    public Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        var folder = options.Value.DropFolder;
        var ok = folder is not null && Directory.Exists(folder);
        return Task.FromResult(ok
            ? ConnectorCheck.Fine($"drop folder exists; {Pending(folder!).Count()} batch(es) waiting")
            : new ConnectorCheck(false, true, true, "drop folder does not exist"));
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var folder = options.Value.DropFolder!;
        Directory.CreateDirectory(folder);
        var settled = clock.GetUtcNow().AddSeconds(-options.Value.SettleSeconds);
        foreach (var file in Pending(folder).Where(f => File.GetLastWriteTimeUtc(f) <= settled.UtcDateTime))
        {
            ct.ThrowIfCancellationRequested();
            var now = clock.GetUtcNow();
            var bytes = await File.ReadAllBytesAsync(file, ct);
            var payload = new RawPayload { Channel = Key, Bytes = bytes, ReceivedAt = now, Delivery = "drop", Name = OfflineBatchNames.For(file, now) };
            yield return new ConnectorBatch([payload], Path.GetFileName(file)) { Committed = () => MoveAside(folder, file) };
        }
    }

    private static IEnumerable<string> Pending(string folder) =>
        Directory.EnumerateFiles(folder).Where(OfflineBatchNames.IsBatch).Order(StringComparer.Ordinal);

    private static void MoveAside(string folder, string file)
    {
        var target = Path.Combine(folder, ProcessedFolder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, Path.GetFileName(file));
        if (File.Exists(destination))
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(file)}.{Guid.NewGuid():N}{Path.GetExtension(file)}");
        File.Move(file, destination);
    }
}
