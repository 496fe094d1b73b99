using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>
/// Sends statuses to the 12345 city side as work-order actions (SIGN/CONTACT/FEEDBACK/FINISH/RETURN), signed,
/// with the forward's requestId for idempotency. Business codes: 0000 done; 4001, 4290, 5000 retry; others park.
/// </summary>
public sealed class Hotline12345ActionSender(HttpClient http, IOptions<Hotline12345BackOptions> options, TimeProvider clock) : IBackChannel
{
    private static readonly HashSet<string> RetryCodes = ["4001", "4290", "5000"];

    public string Target => "hotline12345";
    public bool Enabled => options.Value.Enabled;
    public bool Takes(StatusKind kind) => Action(kind) is not null;

    public static string? Action(StatusKind kind) => kind switch
    {
        StatusKind.Accepted => "SIGN",
        StatusKind.Contacted => "CONTACT",
        StatusKind.FirstFeedback => "FEEDBACK",
        StatusKind.Resolved => "FINISH",
        StatusKind.Returned => "RETURN",
        _ => null,
    };

    public Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct) => HttpOutcomes.GuardAsync(async () =>
    {
        var o = options.Value;
        var forward = JsonSerializer.Deserialize<ChannelStatusForward>(message.Body, HubJson.Options)!;
        var body = Encoding.UTF8.GetBytes(HubJson.Serialize(new
        {
            action = Action(forward.Kind),
            content = forward.Kind == StatusKind.Returned ? forward.Reason : forward.Content ?? "",
            @operator = forward.Operator ?? forward.HandlingUnit ?? "",
            actionTime = ChinaTime.Text(forward.At),
            requestId = forward.RequestId,
        }));
        var baseUri = new Uri(o.BaseUrl!.TrimEnd('/') + "/");
        var uri = new Uri(baseUri, $"api/v2/district/workorders/{Uri.EscapeDataString(forward.SourceId)}/actions");
        var timestamp = clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var nonce = Hotline12345Signature.NewNonce();
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-App-Key", o.AppKey);
        request.Headers.Add("X-Timestamp", timestamp);
        request.Headers.Add("X-Nonce", nonce);
        request.Headers.Add("X-Sign", Hotline12345Signature.Sign(o.AppKey!, o.AppSecret!, timestamp, nonce, "POST", uri.PathAndQuery, body));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode) return HttpOutcomes.ForFailedStatus(response);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var code = doc.RootElement.TryGetProperty("code", out var c) ? c.ToString() : "?";
        var text = doc.RootElement.TryGetProperty("message", out var m) ? m.ToString() : "";
        if (code == "0000") return DeliveryOutcome.Delivered;
        var error = $"12345 code {code} {text}".TrimEnd();
        return RetryCodes.Contains(code) ? DeliveryOutcome.Retry(error) : DeliveryOutcome.Park(error);
    }, ct);
}
