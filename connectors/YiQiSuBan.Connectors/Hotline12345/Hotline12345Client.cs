using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>Signed pulls of the hotline's work-order pages; reads only the envelope and paging keys.</summary>
public sealed class Hotline12345Client(CounterpartCaller caller, IOptions<Hotline12345Options> options, TimeProvider clock)
{
    public const string Path = "/api/v2/district/workorders";

    private Hotline12345Options Options => options.Value;

    public Task<Hotline12345Page> GetPageAsync(string updatedAfter, int pageNo, int pageSize, CancellationToken ct)
    {
        var query = $"?updatedAfter={updatedAfter.Replace(" ", "%20", StringComparison.Ordinal)}&pageNo={pageNo}&pageSize={pageSize}";
        return caller.CallAsync(Hotline12345Options.Key, Options, _ => ValueTask.FromResult(SignedGet(Path + query)), ReadPage, ct);
    }

    private HttpRequestMessage SignedGet(string pathAndQuery)
    {
        var o = Options;
        var message = new HttpRequestMessage(HttpMethod.Get, new Uri(o.BaseUrl!, pathAndQuery));
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Hotline12345Signature.NewNonce();
        var sign = Hotline12345Signature.Sign(o.AppKey!, o.AppSecret!, timestamp, nonce, "GET", message.RequestUri!.PathAndQuery, []);
        message.Headers.Add(Hotline12345Signature.AppKeyHeader, o.AppKey);
        message.Headers.Add(Hotline12345Signature.TimestampHeader, timestamp);
        message.Headers.Add(Hotline12345Signature.NonceHeader, nonce);
        message.Headers.Add(Hotline12345Signature.SignHeader, sign);
        return message;
    }

    private static Hotline12345Page ReadPage(CounterpartResponse response)
    {
        using var doc = JsonDocument.Parse(response.Body);
        var root = doc.RootElement;
        var code = root.TryGetProperty("code", out var c) ? c.ToString() : "?";
        if (code != "0000")
        {
            var message = root.TryGetProperty("message", out var m) ? m.ToString() : "";
            throw new CounterpartException(Hotline12345Options.Key, code, message, transient: code is "5000" or "4290");
        }
        var data = root.GetProperty("data");
        var orders = new List<Hotline12345Order>();
        if (data.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array)
            foreach (var item in list.EnumerateArray())
                orders.Add(new Hotline12345Order(
                    item.GetProperty("orderNo").GetString()!, item.TryGetProperty("version", out var v) && v.TryGetInt64(out var n) ? n : 0,
                    item.GetProperty("updateTime").GetString()!));
        var total = data.TryGetProperty("total", out var t) && t.TryGetInt32(out var tt) ? tt : orders.Count;
        return new Hotline12345Page(response.Body, total, orders);
    }
}
