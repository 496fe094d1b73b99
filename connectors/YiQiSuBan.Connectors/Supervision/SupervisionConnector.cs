using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>Pulls transfer orders since the largest ZBSJ seen (inclusive: orders seen at that second are not stored again); the document is stored as delivered (GBK or UTF-8).</summary>
public sealed class SupervisionConnector(SupervisionClient client, IOptions<SupervisionOptions> options, TimeProvider clock) : IChannelConnector
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string Key => SupervisionOptions.Key;

    public async Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        try
        {
            var list = await client.ListAsync(clock.GetUtcNow().ToOffset(China).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), ct);
            return ConnectorCheck.Fine($"reached; {list.Orders.Count} order(s) since now");
        }
        catch (CounterpartException e) when (e.Unauthorized)
        {
            return new ConnectorCheck(true, false, true, "token refused");
        }
        catch (System.Xml.XmlException e)
        {
            return new ConnectorCheck(true, true, false, "answer is not the expected XML: " + e.Message);
        }
        catch (Exception e) when (e is CounterpartException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ConnectorCheck(false, false, false, e.Message);
        }
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var start = options.Value.StartFrom ?? clock.GetUtcNow().ToOffset(China).AddDays(-30).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var checkpoint = BoundaryCheckpoint.Parse(position, start);
        var list = await client.ListAsync(checkpoint.Boundary, ct);
        var now = clock.GetUtcNow();
        RawPayload[] payloads = list.Orders.All(o => checkpoint.HasSeen(o.Key, o.Time)) ? [] :
            [new RawPayload { Channel = Key, Bytes = list.Bytes, ReceivedAt = now, Delivery = "pull", Name = PayloadNames.Make(now, "list", null, "xml") }];
        yield return new ConnectorBatch(payloads, checkpoint.After(list.Orders.Where(o => o.Time.Length == 14).ToList()).Serialize());
    }
}
