using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// Scrapes the public letters newest first: each list page with the details of its new or changed letters is one
/// batch; the first <see cref="MayorMailboxOptions.RecheckPages"/> pages are re-read every poll and their letters'
/// details fetched again (raw dedupe drops unchanged pages). The position remembers each letter's last status.
/// A page that parses to nothing drifts the connector and leaves the position where it was.
/// </summary>
public sealed class MayorMailboxConnector(MayorMailboxClient client, IOptions<MayorMailboxOptions> options, TimeProvider clock) : IChannelConnector
{
    private const int Remembered = 2000;

    public string Key => MayorMailboxOptions.Key;

    public async Task<ConnectorCheck> CheckAsync(CancellationToken ct)
    {
        try
        {
            var page = await client.ListAsync(1, ct);
            return ConnectorCheck.Fine($"reached; layout recognised; {page.Letters.Count} letter(s) on page 1 of {page.PageCount}");
        }
        catch (LayoutDriftException e)
        {
            return new ConnectorCheck(true, true, false, e.Message);
        }
        catch (Exception e) when (e is CounterpartException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            return new ConnectorCheck(false, false, false, e.Message);
        }
    }

    public async IAsyncEnumerable<ConnectorBatch> ReadAsync(string? position, [EnumeratorCancellation] CancellationToken ct)
    {
        var o = options.Value;
        var known = string.IsNullOrEmpty(position) ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(position) ?? [];
        for (var pageNo = 1; pageNo <= o.MaxPages; pageNo++)
        {
            var page = await client.ListAsync(pageNo, ct);
            var recheck = pageNo <= o.RecheckPages;
            var wanted = page.Letters.Where(l => recheck || !known.TryGetValue(l.Number, out var s) || s != l.Status).ToList();
            var payloads = new List<RawPayload> { Payload(page.Bytes, "list", $"p{pageNo}") };
            foreach (var letter in wanted)
                payloads.Add(Payload(await client.DetailAsync(letter.DetailHref, ct), "detail", letter.Number));
            foreach (var letter in page.Letters) known[letter.Number] = letter.Status;
            yield return new ConnectorBatch(payloads, JsonSerializer.Serialize(known.TakeLast(Remembered).ToDictionary()));
            var allKnownBefore = !recheck && wanted.Count == 0;
            if (pageNo >= page.PageCount || allKnownBefore) yield break;
        }
    }

    private RawPayload Payload(byte[] bytes, string kind, string suffix)
    {
        var now = clock.GetUtcNow();
        return new RawPayload { Channel = Key, Bytes = bytes, ReceivedAt = now, Delivery = "pull", Name = PayloadNames.Make(now, kind, suffix, "html") };
    }
}
