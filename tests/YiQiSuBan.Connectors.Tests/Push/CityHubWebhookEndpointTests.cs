using System.Net;
using System.Text.Json.Nodes;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Push;

/// <summary>POST /channels/city-hub/webhooks: Standard Webhooks signatures (rotation), 5-minute window, webhook-id dedupe.</summary>
public sealed class CityHubWebhookEndpointTests
{
    private const string Route = "/channels/city-hub/webhooks";

    private static JsonObject Appeal(string status = "ASSIGNED")
    {
        var a = CityHubSimulator.Generate(1, new DateTimeOffset(2023, 7, 10, 9, 28, 41, TimeSpan.FromHours(8))).Single();
        a["status"] = status;
        return a;
    }

    private static HttpRequestMessage Webhook(string id, byte[] body, DateTimeOffset? at = null, string secret = HubApp.WebhookSecret, params string[] extra)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        foreach (var (k, v) in CityHubSimulator.WebhookHeaders(secret, id, at ?? DateTimeOffset.UtcNow, body, extra)) request.Headers.TryAddWithoutValidation(k, v);
        return request;
    }

    [Fact]
    public async Task A_signed_webhook_is_ingested_once_even_when_the_city_retries_it()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        var body = CityHubSimulator.WebhookBody("appeal.created", Appeal(), DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Webhook("msg_1", body))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Webhook("msg_1", body))).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM raw_payloads WHERE channel = 'city-hub'"));
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM current_complaints WHERE channel = 'city-hub' AND complaint IS NOT NULL"));
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM push_receipts WHERE kind = 'webhook'"));
    }

    [Fact]
    public async Task One_valid_signature_among_several_is_enough_during_key_rotation()
    {
        await using var app = new HubApp();
        var body = CityHubSimulator.WebhookBody("appeal.created", Appeal(), DateTimeOffset.UtcNow);
        var response = await app.CreateClient().SendAsync(Webhook("msg_2", body, extra: "v1,b2xkLWtleS1zaWduYXR1cmU="));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Bad_or_stale_signatures_are_refused_and_nothing_is_stored()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        var body = CityHubSimulator.WebhookBody("appeal.created", Appeal(), DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Webhook("msg_3", body, secret: "whsec_d3Jvbmc="))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Webhook("msg_4", body, at: DateTimeOffset.UtcNow.AddMinutes(-6)))).StatusCode);
        var tampered = Webhook("msg_5", body);
        tampered.Content = new ByteArrayContent([.. body, (byte)' ']);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(tampered)).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM raw_payloads"));
    }

    [Fact]
    public async Task An_update_under_a_new_webhook_id_changes_the_complaint()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Webhook("msg_6", CityHubSimulator.WebhookBody("appeal.created", Appeal(), DateTimeOffset.UtcNow)))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Webhook("msg_7", CityHubSimulator.WebhookBody("appeal.updated", Appeal("PROCESSING"), DateTimeOffset.UtcNow.AddSeconds(1))))).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM complaints WHERE channel = 'city-hub'"));
        Assert.Equal(2, await app.CountAsync("SELECT COUNT(*) FROM feed"));
    }
}
