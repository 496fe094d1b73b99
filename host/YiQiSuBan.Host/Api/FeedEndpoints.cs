using System.Security.Claims;
using YiQiSuBan.Core.Delivery;

namespace YiQiSuBan.Host.Api;

/// <summary>GET /api/v1/feed?after=&amp;limit= and GET /api/v1/complaints/{id}: the pull side for every role, redacted by role.</summary>
public static class FeedEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/feed", async (long? after, int? limit, ClaimsPrincipal user, ComplaintReader reader, CancellationToken ct) =>
        {
            var take = Math.Clamp(limit ?? 100, 1, 1000);
            var events = await reader.FeedAsync(after ?? 0, take, user.Role(), ct);
            return HubResults.Json(new { events, next = events.Count > 0 ? events[^1].Seq : after ?? 0 });
        }).RequireAuthorization(ApiPolicies.AnyRole);

        app.MapGet("/api/v1/complaints/{id}", async (string id, ClaimsPrincipal user, ComplaintReader reader, CancellationToken ct) =>
            await reader.GetAsync(id, user.Role(), ct) is { } view ? HubResults.Json(view) : Results.NotFound())
            .RequireAuthorization(ApiPolicies.AnyRole);
    }
}
