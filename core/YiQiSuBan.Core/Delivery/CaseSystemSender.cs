using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Delivery;

/// <summary>
/// Pushes feed events to the case system as Standard Webhooks POSTs. Any non-2xx answer or network error is
/// retried (the receiver is ours to fix); a 410 Gone parks.
/// </summary>
public sealed class CaseSystemSender(HttpClient http, IOptions<CaseSystemOptions> options, TimeProvider clock) : IDeliverySender
{
    public string Target => OutboxTargets.CaseSystem;

    public Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct) => HttpOutcomes.GuardAsync(async () =>
    {
        var o = options.Value;
        if (!o.Enabled) return DeliveryOutcome.Retry("push is off (no CaseSystem:Url)");
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("webhook-id", message.EventId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(o.Secrets, message.EventId, timestamp, message.Body));
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(o.Timeout);
        using var response = await http.SendAsync(request, cts.Token);
        if (response.IsSuccessStatusCode) return DeliveryOutcome.Delivered;
        if (response.StatusCode == System.Net.HttpStatusCode.Gone) return DeliveryOutcome.Park("HTTP 410");
        return DeliveryOutcome.Retry($"HTTP {(int)response.StatusCode}", HttpOutcomes.RetryAfter(response));
    }, ct);
}
