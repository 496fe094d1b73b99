using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// Polls each configured board: list pages newest first down to the newest thread already taken (one batch, position
/// unchanged), then each new thread's detail oldest first (one batch each, advancing the board's newest time), then
/// every still-open thread's detail again until it is answered.
/// </summary>
public sealed class PeopleBoardConnector(PeopleBoardClient client, IOptions<PeopleBoardOptions> options, TimeProvider clock) : IChannelConnector
{
    public string Key => PeopleBoardOptions.Key;

    public async Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        try
        {
            var fids = options.Value.FidList;
            var fid = fids.Count > 0 ? fids[0] : 0;
            var (_, threads, _) = await client.ListAsync(fid, "", ct);
            return ConnectorCheck.Fine($"reached; signature accepted; {threads.Count} thread(s) on board {fid}'s first page");
        }
        catch (CounterpartException e) when (e.Code is "SN0002" or "SN0006")
        {
            return new ConnectorCheck(true, false, e.Code != "SN0006", $"board refused the request: {e.Code}");
        }
        catch (Exception e) when (e is CounterpartException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ConnectorCheck(false, false, false, e.Message);
        }
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var o = options.Value;
        var checkpoint = PeopleBoardCheckpoint.Parse(position);
        var fresh = new List<BoardThread>();
        foreach (var fid in o.FidList)
        {
            var newest = checkpoint.NewestOf(fid);
            var lists = new List<RawPayload>();
            var lastItem = "";
            for (var page = 1; page <= o.MaxPages; page++)
            {
                var (bytes, threads, hasMore) = await client.ListAsync(fid, lastItem, ct);
                lists.Add(Payload(bytes, "list", $"{fid}-p{page}"));
                fresh.AddRange(threads.Where(t => t.Dateline > newest));
                if (!hasMore || threads.Count == 0 || threads.Any(t => t.Dateline <= newest)) break;
                lastItem = threads[^1].Tid;
            }
            yield return new ConnectorBatch(lists, checkpoint.Serialize());
        }
        foreach (var thread in fresh.DistinctBy(t => t.Tid).OrderBy(t => t.Dateline))
            yield return await DetailBatchAsync(thread.Tid, isNew: true);
        foreach (var tid in checkpoint.Open.Except(fresh.Select(t => t.Tid)).ToList())
            yield return await DetailBatchAsync(tid, isNew: false);

        async Task<ConnectorBatch> DetailBatchAsync(string tid, bool isNew)
        {
            var (bytes, detail) = await client.DetailAsync(tid, ct);
            checkpoint = checkpoint.Took(detail, isNew);
            return new ConnectorBatch([Payload(bytes, "detail", tid)], checkpoint.Serialize());
        }
    }

    private RawPayload Payload(byte[] bytes, string kind, string suffix)
    {
        var now = clock.GetUtcNow();
        return new RawPayload { Channel = Key, Bytes = bytes, ReceivedAt = now, Delivery = "pull", Name = PayloadNames.Make(now, kind, suffix, "json") };
    }
}
