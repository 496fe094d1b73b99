using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using YiQiSuBan.Connectors.Hotline12345;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Push;

/// <summary>POST /channels/hotline12345/events: signature, 300 s window, nonce and eventId replay protection.</summary>
public sealed class Hotline12345PushEndpointTests
{
    private const string Route = "/channels/hotline12345/events";

    private static byte[] Event(string eventId, int version = 1)
    {
        var order = Hotline12345Simulator.Generate(1, new DateTime(2023, 7, 10, 9, 40, 1), 1, version).Single();
        return Encoding.UTF8.GetBytes(new JsonObject { ["eventId"] = eventId, ["eventType"] = "ORDER_DISPATCH", ["order"] = order }.ToJsonString());
    }

    private static HttpRequestMessage Signed(byte[] body, string? nonce = null, DateTimeOffset? at = null, string secret = HubApp.HotlineSecret)
    {
        var ts = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        nonce ??= Hotline12345Signature.NewNonce();
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(Hotline12345Signature.AppKeyHeader, HubApp.HotlineKey);
        request.Headers.Add(Hotline12345Signature.TimestampHeader, ts);
        request.Headers.Add(Hotline12345Signature.NonceHeader, nonce);
        request.Headers.Add(Hotline12345Signature.SignHeader, Hotline12345Signature.Sign(HubApp.HotlineKey, secret, ts, nonce, "POST", Route, body));
        return request;
    }

    [Fact]
    public async Task A_signed_push_is_ingested_and_the_same_eventId_again_is_answered_without_reingesting()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        var body = Event("e-1");
        var first = await client.SendAsync(Signed(body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("\"0000\"", await first.Content.ReadAsStringAsync());

        var again = await client.SendAsync(Signed(body));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("duplicate", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM raw_payloads WHERE channel = 'hotline12345'"));
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM current_complaints WHERE channel = 'hotline12345' AND complaint IS NOT NULL"));
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM feed"));
    }

    [Fact]
    public async Task Bad_signature_stale_timestamp_and_replayed_nonce_are_refused()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Signed(Event("e-2"), secret: "wrong"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Signed(Event("e-3"), at: DateTimeOffset.UtcNow.AddSeconds(-301)))).StatusCode);
        var nonce = Hotline12345Signature.NewNonce();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Signed(Event("e-4"), nonce))).StatusCode);
        var replay = await client.SendAsync(Signed(Event("e-5"), nonce));
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("4001", await replay.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM raw_payloads"));
    }

    [Fact]
    public async Task A_newer_version_under_a_new_eventId_updates_the_complaint()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Signed(Event("e-6", 1)))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Signed(Event("e-7", 2)))).StatusCode);
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM complaints WHERE channel = 'hotline12345'"));
        Assert.Equal(2, await app.CountAsync("SELECT COUNT(*) FROM raw_payloads"));
    }
}
