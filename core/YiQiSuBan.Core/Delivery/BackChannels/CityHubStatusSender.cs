using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>
/// Sends statuses to the city hub (POST /open/v1/appeals/{appealId}/status, Bearer token). A 401 gets a new token
/// and one more try; code 0 is done, a non-zero code is a refusal and parks.
/// </summary>
public sealed class CityHubStatusSender(HttpClient http, CityHubTokenSource tokens, IOptions<CityHubBackOptions> options) : IBackChannel
{
    public string Target => "city-hub";
    public bool Enabled => options.Value.Enabled;
    public bool Takes(StatusKind kind) => StatusOf(kind) is not null;

    public static string? StatusOf(StatusKind kind) => kind switch
    {
        StatusKind.Accepted or StatusKind.Assigned or StatusKind.Contacted => "PROCESSING",
        StatusKind.FirstFeedback => "REPLIED",
        StatusKind.Resolved => "CLOSED",
        _ => null,
    };

    public Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct) => HttpOutcomes.GuardAsync(async () =>
    {
        var forward = JsonSerializer.Deserialize<ChannelStatusForward>(message.Body, HubJson.Options)!;
        var body = HubJson.Serialize(new
        {
            status = StatusOf(forward.Kind), reply = forward.Content ?? "", unit = forward.HandlingUnit ?? "",
            time = ChinaTime.Local(forward.At).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        });
        var uri = new Uri(options.Value.BaseUrl!.TrimEnd('/') + $"/open/v1/appeals/{Uri.EscapeDataString(forward.SourceId)}/status");
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(request, ct);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                tokens.Invalidate(token);
                if (attempt == 0) continue;
                return DeliveryOutcome.Retry("HTTP 401 with a fresh token");
            }
            if (!response.IsSuccessStatusCode) return HttpOutcomes.ForFailedStatus(response);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var code = doc.RootElement.TryGetProperty("code", out var c) ? c.ToString() : "?";
            if (code == "0") return DeliveryOutcome.Delivered;
            var text = doc.RootElement.TryGetProperty("message", out var m) ? m.ToString() : "";
            return DeliveryOutcome.Park($"city-hub code {code} {text}".TrimEnd());
        }
    }, ct);
}
