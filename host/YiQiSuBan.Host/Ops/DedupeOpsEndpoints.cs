using System.Security.Claims;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 重复与热点: duplicate groups with explained links, split/join (same code as the verbs), hotspots.</summary>
public static class DedupeOpsEndpoints
{
    public static void Map(RouteGroupBuilder ops)
    {
        ops.MapGet("/dedupe/groups", async (int? limit, DedupeViews views, CancellationToken ct) => HubResults.Json(await views.GroupsAsync(Math.Clamp(limit ?? 50, 1, 500), ct)))
            .WithSummary("Duplicate groups with members across channels and each link's explanation");
        ops.MapPost("/dedupe/split", (CorrectionRequest request, ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct) => Correct(request, LinkKind.Split, user, commands, ct))
            .WithSummary("Split a pair: never the same complainant and matter");
        ops.MapPost("/dedupe/join", (CorrectionRequest request, ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct) => Correct(request, LinkKind.Join, user, commands, ct))
            .WithSummary("Join a pair: the same complainant and matter");
        ops.MapGet("/hotspots", async (int? limit, DedupeViews views, CancellationToken ct) => HubResults.Json(await views.HotspotsAsync(Math.Clamp(limit ?? 20, 1, 200), ct)))
            .WithSummary("Hotspot alerts with township and growth");
    }

    private static async Task<IResult> Correct(CorrectionRequest request, LinkKind kind, ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct)
    {
        try
        {
            var events = await commands.CorrectAsync(request.A, request.B, kind, Operator.Of(user), request.Why, ct);
            return HubResults.Json(new { events = events.Select(e => new { e.Seq, e.Type, e.ComplaintId }) });
        }
        catch (ArgumentException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: e.Message);
        }
    }
}
