using System.Security.Claims;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 隔离: filtered list, one item with its raw payload decoded and masked, re-drive one or many.</summary>
public static class QuarantineOpsEndpoints
{
    public static void Map(RouteGroupBuilder ops)
    {
        ops.MapGet("/quarantine", async (string? channel, string? stage, string? status, int? limit, IHubStore store, IQuarantineStore quarantine, CancellationToken ct) =>
        {
            await using var session = await store.BeginAsync(ct);
            var entries = await quarantine.ListAsync(session, Blank(channel), Blank(stage), Blank(status) ?? QuarantineEntry.Open, Math.Clamp(limit ?? 200, 1, 5000), ct);
            return HubResults.Json(entries.Select(e => new { e.Item, e.Status }));
        }).WithSummary("Quarantined items (default: open), filtered by channel and stage");

        ops.MapGet("/quarantine/{id:long}", async (long id, IHubStore store, IQuarantineStore quarantine, PayloadPreview preview, CancellationToken ct) =>
        {
            QuarantineEntry? entry;
            await using (var session = await store.BeginAsync(ct)) entry = await quarantine.GetAsync(session, id, ct);
            if (entry is null) return Results.NotFound();
            var bytes = entry.Item.RawId is { } rawId ? await store.GetRawBytesAsync(rawId, ct) : null;
            object? payload = null;
            if (bytes is { Length: > 0 })
            {
                var (text, encoding, truncated) = preview.Show(bytes);
                payload = new { text, encoding, truncated, size = bytes.Length };
            }
            return HubResults.Json(new { item = entry.Item, entry.Status, payload });
        }).WithSummary("One quarantined item with its raw payload, decoded in its encoding and with personal data masked");

        ops.MapPost("/quarantine/redrive", async (RedriveRequest request, ClaimsPrincipal user, QuarantineRedrive redrive, CancellationToken ct) =>
        {
            try
            {
                var outcomes = request.All
                    ? await redrive.RedriveAllAsync(Blank(request.Channel), Operator.Of(user), request.Why, ct)
                    : await redrive.RedriveAsync(request.Ids ?? [], Operator.Of(user), request.Why, ct);
                return HubResults.Json(outcomes);
            }
            catch (ArgumentException e)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: e.Message);
            }
        }).WithSummary("Re-run quarantined items through the pipeline with the current mappings; resolved when they pass");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
