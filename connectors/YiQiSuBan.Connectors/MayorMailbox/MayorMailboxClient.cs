using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>GETs the mailbox's list and detail pages (bytes kept as delivered, GB18030) through the site's resilience pipeline.</summary>
public sealed class MayorMailboxClient(CounterpartCaller caller, IOptions<MayorMailboxOptions> options)
{
    public const string ListPath = "/jact/front/mailpublist.do";
    public const string DetailPath = "/jact/front/mailpubdetail.do";

    public Task<MailboxListing> ListAsync(int pageNo, CancellationToken ct) =>
        GetAsync($"{ListPath}?sysid={Uri.EscapeDataString(options.Value.SysId)}&pageno={pageNo}", MailboxListing.Read, ct);

    /// <summary>The detail page a list row links to (relative to the list page).</summary>
    public Task<byte[]> DetailAsync(string href, CancellationToken ct) =>
        GetAsync(href.StartsWith('/') || href.Contains("://", StringComparison.Ordinal) ? href : "/jact/front/" + href, b => b, ct);

    private Task<T> GetAsync<T>(string pathAndQuery, Func<byte[], T> read, CancellationToken ct)
    {
        var o = options.Value;
        return caller.CallAsync(MayorMailboxOptions.Key, o, _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Get, new Uri(o.BaseUrl!, pathAndQuery))), r => read(r.Body), ct);
    }
}
