using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Host.Api;

/// <summary>POST /api/v1/complaints/{id}/status: status intake from the case system (and ops).</summary>
public static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/complaints/{id}/status", async (string id, HttpRequest request, StatusIntake intake, CancellationToken ct) =>
        {
            StatusUpdate? update;
            try
            {
                update = await JsonSerializer.DeserializeAsync<StatusUpdate>(request.Body, HubJson.Options, ct);
            }
            catch (JsonException e)
            {
                return Results.Problem(statusCode: 400, title: "unreadable status", detail: e.Message);
            }
            if (update is null || update.Problem() is { } problem)
                return Results.Problem(statusCode: 400, title: "invalid status", detail: update is null ? "empty body" : update.Problem());
            var result = await intake.ApplyAsync(id, update, ct);
            return result.Found ? HubResults.Json(result, StatusCodes.Status202Accepted) : Results.NotFound();
        }).RequireAuthorization(ApiPolicies.StatusWriters);
}
