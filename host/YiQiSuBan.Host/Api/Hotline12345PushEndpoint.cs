using System.Text.Json;
using YiQiSuBan.Connectors.Abstractions;
using YiQiSuBan.Connectors.Hotline12345;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Host.Api;

/// <summary>
/// POST /channels/hotline12345/events: the city's signed pushes. Bad signature, stale timestamp or repeated nonce
/// → 401 with the hotline's error envelope; a repeated eventId → 200 "0000" without ingesting again.
/// </summary>
public static class Hotline12345PushEndpoint
{
    public const string Route = "/channels/hotline12345/events";

    /// <summary>How long event ids are remembered (the city retries for 24 h).</summary>
    private static readonly TimeSpan Keep = TimeSpan.FromDays(3);

    public static async Task<IResult> HandleAsync(HttpContext http, Hotline12345PushVerifier verifier, PushIngest ingest, TimeProvider clock, CancellationToken ct)
    {
        var body = await RequestBody.ReadAsync(http.Request, ct);
        var problem = await verifier.VerifyAsync(h => http.Request.Headers[h].FirstOrDefault(), http.Request.Method, http.Request.Path + http.Request.QueryString, body, ct);
        if (problem is { } p) return Answer(p.Code, p.Message, StatusCodes.Status401Unauthorized);
        if (!TryReadEvent(body, out var eventId, out var orderNo, out var version)) return Answer("4000", "body must carry eventId and order.orderNo", StatusCodes.Status400BadRequest);
        var now = clock.GetUtcNow();
        var payload = new RawPayload
        {
            Channel = Hotline12345Options.Key, Bytes = body, ReceivedAt = now, Delivery = "push",
            Name = PayloadNames.Make(now, "push", $"{orderNo}-v{version}", "json"),
        };
        var report = await ingest.IngestOnceAsync(payload, "event", eventId, Keep, ct);
        return Answer("0000", report is null ? "duplicate event, already taken" : "成功", StatusCodes.Status200OK);
    }

    private static IResult Answer(string code, string message, int status) =>
        Results.Json(new { code, message, data = (object?)null }, statusCode: status);

    private static bool TryReadEvent(byte[] body, out string eventId, out string orderNo, out string version)
    {
        (eventId, orderNo, version) = ("", "", "");
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (!root.TryGetProperty("eventId", out var e) || e.GetString() is not { Length: > 0 } id) return false;
            if (!root.TryGetProperty("order", out var order) || !order.TryGetProperty("orderNo", out var no)) return false;
            eventId = id;
            orderNo = no.GetString() ?? "";
            version = order.TryGetProperty("version", out var v) ? v.ToString() : "0";
            return orderNo.Length > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
