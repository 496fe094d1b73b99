using YiQiSuBan.Core.Supervision;

namespace YiQiSuBan.Host.Api;

/// <summary>GET /api/v1/supervision/cards and /api/v1/supervision/report?month=yyyy-MM&amp;format=csv|json.</summary>
public static class SupervisionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/supervision").RequireAuthorization(ApiPolicies.Readers);
        group.MapGet("/cards", async (SupervisionQueries q, CancellationToken ct) => HubResults.Json(await q.CardsAsync(ct)));
        group.MapGet("/report", async (string month, string? format, SupervisionQueries q, CancellationToken ct) =>
        {
            IReadOnlyList<UnitMonthReport> rows;
            try { rows = await q.ReportAsync(month, ct); }
            catch (FormatException) { return Results.Problem(statusCode: 400, title: "month must be yyyy-MM"); }
            return format == "csv" ? Results.Text(ReportCsv.Write(rows), "text/csv; charset=utf-8") : HubResults.Json(rows);
        });
    }
}
