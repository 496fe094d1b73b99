using System.Globalization;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 受理: complaints per channel per day (China time), today's totals, and the 2151 board per handling unit.</summary>
public static class IntakeOpsEndpoints
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static void Map(RouteGroupBuilder ops) =>
        ops.MapGet("/intake", async (int? days, IHubStore store, IOpsQueries queries, SupervisionTimelines timelines, TimeProvider clock, CancellationToken ct) =>
        {
            var span = Math.Clamp(days ?? 14, 1, 90);
            var now = clock.GetUtcNow();
            var today = DateOnly.FromDateTime(now.ToOffset(China).DateTime);
            var dates = Enumerable.Range(0, span).Select(i => today.AddDays(i - span + 1)).ToList();
            await using var session = await store.BeginAsync(ct);
            var created = await queries.CreatedAsync(session, 500_000, ct);
            var perChannel = created
                .GroupBy(c => c.Channel, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g =>
                {
                    var byDay = g.GroupBy(c => DateOnly.FromDateTime(c.At.ToOffset(China).DateTime)).ToDictionary(d => d.Key, d => d.Count());
                    return dates.Select(d => byDay.GetValueOrDefault(d)).ToList();
                });
            var board = SupervisionBoard.Build(await timelines.EvaluateAllAsync(session, now, ct), now);
            return HubResults.Json(new
            {
                days = dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                channels = perChannel,
                today = perChannel.ToDictionary(p => p.Key, p => p.Value[^1]),
                board,
            });
        }).WithSummary("Complaints per channel per day, today's totals and the 2151 board");
}
