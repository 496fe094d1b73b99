using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>
/// Backfill of the city-hub by cursor (webhooks bring the news; this catches what they missed). Each page is a batch
/// whose checkpoint is the cursor after it.
/// </summary>
public sealed class CityHubConnector(CityHubClient client, IOptions<CityHubOptions> options, TimeProvider clock) : IChannelConnector
{
    public string Key => CityHubOptions.Key;

    public async Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        try
        {
            var page = await client.GetPageAsync(null, 1, ct);
            return ConnectorCheck.Fine($"reached; token accepted; first page has {page.Items} item(s)");
        }
        catch (CounterpartException e) when (e.Unauthorized)
        {
            return new ConnectorCheck(true, false, true, "client credentials refused");
        }
        catch (Exception e) when (e is CounterpartException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ConnectorCheck(false, false, false, e.Message);
        }
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var cursor = position;
        for (var pageNo = 1; ; pageNo++)
        {
            var page = await client.GetPageAsync(cursor, options.Value.PageLimit, ct);
            var now = clock.GetUtcNow();
            RawPayload[] payloads = page.Items == 0 ? [] :
                [new RawPayload { Channel = Key, Bytes = page.Bytes, ReceivedAt = now, Delivery = "pull", Name = PayloadNames.Make(now, "pull", "p" + pageNo.ToString("000", CultureInfo.InvariantCulture), "json") }];
            cursor = page.NextCursor ?? cursor;
            yield return new ConnectorBatch(payloads, cursor ?? "");
            if (!page.HasMore || page.NextCursor is null) yield break;
        }
    }
}
