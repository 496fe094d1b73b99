using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>
/// Pulls the hotline's work orders page by page from the inclusive <c>updatedAfter</c> boundary. A page whose orders
/// were all taken before (same boundary second, same version) is not stored again; each page is one batch whose
/// checkpoint is the boundary second it reached plus the versions seen at that second.
/// </summary>
public sealed class Hotline12345Connector(Hotline12345Client client, IOptions<Hotline12345Options> options, TimeProvider clock) : IChannelConnector
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string Key => Hotline12345Options.Key;

    public async Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToOffset(China).ToString(Hotline12345Order.TimeFormat, CultureInfo.InvariantCulture);
        try
        {
            var page = await client.GetPageAsync(now, 1, 1, ct);
            return ConnectorCheck.Fine($"reached; {page.Total} orders changed since now");
        }
        catch (CounterpartException e) when (e.Code is "4001" or "4003" or "401")
        {
            return new ConnectorCheck(true, false, true, $"credentials refused: {e.Code}");
        }
        catch (Exception e) when (e is CounterpartException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ConnectorCheck(false, false, false, e.Message);
        }
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var o = options.Value;
        var checkpoint = BoundaryCheckpoint.Parse(position, o.StartFrom ?? clock.GetUtcNow().ToOffset(China).AddDays(-7).ToString(Hotline12345Order.TimeFormat, CultureInfo.InvariantCulture));
        var updatedAfter = checkpoint.Boundary;
        for (var pageNo = 1; ; pageNo++)
        {
            var page = await client.GetPageAsync(updatedAfter, pageNo, o.PageSize, ct);
            var hasNew = page.Orders.Any(order => !checkpoint.HasSeen(order.Key, order.UpdateTime));
            var payloads = hasNew ? new[] { Payload(page.Bytes, pageNo) } : [];
            checkpoint = checkpoint.After(page.Orders.Select(o => (o.Key, o.UpdateTime)).ToList());
            yield return new ConnectorBatch(payloads, checkpoint.Serialize());
            if (page.Orders.Count < o.PageSize || pageNo * o.PageSize >= page.Total) yield break;
        }
    }

    private RawPayload Payload(byte[] bytes, int pageNo)
    {
        var now = clock.GetUtcNow();
        return new RawPayload
        {
            Channel = Key, Bytes = bytes, ReceivedAt = now, Delivery = "pull",
            Name = PayloadNames.Make(now, "pull", "p" + pageNo.ToString("000", CultureInfo.InvariantCulture), "json"),
        };
    }
}
