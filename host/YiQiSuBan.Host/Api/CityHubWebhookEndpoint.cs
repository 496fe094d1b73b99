using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Host.Api;

/// <summary>
/// POST /channels/city-hub/webhooks: Standard Webhooks from the city. Bad or stale signature → 401; a webhook-id
/// taken before (kept ≥ 3 days, as long as the city retries) → 204 without ingesting again.
/// </summary>
public static class CityHubWebhookEndpoint
{
    public const string Route = "/channels/city-hub/webhooks";

    public static async Task<IResult> HandleAsync(HttpContext http, CityHubWebhookVerifier verifier, PushIngest ingest, IOptions<CityHubOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(http.Request, ct);
        var headers = http.Request.Headers;
        var id = headers[StandardWebhookSignature.IdHeader].FirstOrDefault();
        var problem = verifier.Problem(id, headers[StandardWebhookSignature.TimestampHeader].FirstOrDefault(), headers[StandardWebhookSignature.SignatureHeader].FirstOrDefault(), body);
        if (problem is not null) return Results.Json(new { error = problem }, statusCode: StatusCodes.Status401Unauthorized);
        var appealId = AppealId(body);
        if (appealId is null) return Results.Json(new { error = "body must be an appeal event with data.appealId" }, statusCode: StatusCodes.Status400BadRequest);
        var now = clock.GetUtcNow();
        var payload = new RawPayload
        {
            Channel = CityHubOptions.Key, Bytes = body, ReceivedAt = now, Delivery = "webhook",
            Name = PayloadNames.Make(now, "webhook", appealId, "json"),
        };
        await ingest.IngestOnceAsync(payload, "webhook", id!, TimeSpan.FromDays(options.Value.WebhookDedupeDays), ct);
        return Results.NoContent();
    }

    private static string? AppealId(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("data", out var data) && data.TryGetProperty("appealId", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
