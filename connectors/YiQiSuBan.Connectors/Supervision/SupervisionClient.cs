using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>GET /dcpt/transfer/list with the province's bearer token.</summary>
public sealed class SupervisionClient(CounterpartCaller caller, IOptions<SupervisionOptions> options)
{
    public const string Path = "/dcpt/transfer/list";


    public Task<SupervisionList> ListAsync(string since, CancellationToken ct)
    {
        var o = options.Value;
        var uri = new Uri(o.BaseUrl!, $"{Path}?orgCode={Uri.EscapeDataString(o.OrgCode)}&since={Uri.EscapeDataString(since)}");
        return caller.CallAsync(SupervisionOptions.Key, o, _ =>
        {
            var message = new HttpRequestMessage(HttpMethod.Get, uri);
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.Token);
            return ValueTask.FromResult(message);
        }, r => SupervisionList.Read(r.Body), ct);
    }
}
