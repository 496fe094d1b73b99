using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>
/// Replies to a supervision transfer order when it is resolved: POST /dcpt/transfer/{ZBDH}/reply with
/// &lt;HF&gt; XML (no DOCTYPE, text escaped). CODE 0 is done; a non-zero CODE is a refusal and parks.
/// </summary>
public sealed class SupervisionReplySender(HttpClient http, IOptions<SupervisionBackOptions> options) : IBackChannel
{
    public string Target => "supervision";
    public bool Enabled => options.Value.Enabled;
    public bool Takes(StatusKind kind) => kind == StatusKind.Resolved;

    public static string ReplyXml(ChannelStatusForward forward)
    {
        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            w.WriteStartElement("HF");
            w.WriteElementString("ZBDH", forward.SourceId);
            w.WriteElementString("BLJG", forward.Content ?? "已办结");
            w.WriteElementString("BLDW", forward.HandlingUnit ?? "");
            w.WriteElementString("HFSJ", ChinaTime.Text(forward.At));
            w.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sb;
    }

    public Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct) => HttpOutcomes.GuardAsync(async () =>
    {
        var forward = JsonSerializer.Deserialize<ChannelStatusForward>(message.Body, HubJson.Options)!;
        var uri = new Uri(options.Value.BaseUrl!.TrimEnd('/') + $"/dcpt/transfer/{Uri.EscapeDataString(forward.SourceId)}/reply");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(ReplyXml(forward), Encoding.UTF8, "application/xml") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Token);
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return HttpOutcomes.ForFailedStatus(response);
        var (code, text) = ReadResult(await response.Content.ReadAsByteArrayAsync(ct));
        return code == "0" ? DeliveryOutcome.Delivered : DeliveryOutcome.Park($"supervision CODE {code} {text}".TrimEnd());
    }, ct);

    private static (string Code, string Message) ReadResult(byte[] bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var doc = System.Xml.Linq.XDocument.Load(reader);
        return (doc.Root?.Element("CODE")?.Value.Trim() ?? "?", doc.Root?.Element("MSG")?.Value.Trim() ?? "");
    }
}
