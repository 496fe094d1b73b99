using System.Security.Claims;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Host.Ops;
using YiQiSuBan.Core.Delivery;

namespace YiQiSuBan.Host.Api;

/// <summary>Ops API of the outbox: list, re-drive one, re-drive all parked.</summary>
public static class OutboxEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/api/v1/ops/outbox").RequireAuthorization(ApiPolicies.Ops);
        ops.MapGet("", async (string? status, int? limit, OutboxAdmin admin, CancellationToken ct) =>
            HubResults.Json(await admin.ListAsync(status, Math.Clamp(limit ?? 100, 1, 10_000), ct)));
        ops.MapPost("/{id:long}/retry", async (long id, ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct) =>
            await commands.RedriveOutboxAsync(id, Operator.Of(user), null, ct) is var n && n > 0 ? HubResults.Json(new { redriven = n }) : Results.NotFound());
        ops.MapPost("/retry", async (ClaimsPrincipal user, OperatorCommands commands, CancellationToken ct) =>
            HubResults.Json(new { redriven = await commands.RedriveOutboxAsync(null, Operator.Of(user), null, ct) }));
    }
}
