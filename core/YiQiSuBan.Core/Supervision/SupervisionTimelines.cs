using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Supervision;

/// <summary>Evaluates every complaint that has a status timeline.</summary>
public sealed class SupervisionTimelines(IStatusStore statuses, SupervisionClock clock)
{
    public async Task<IReadOnlyList<ComplaintSupervision>> EvaluateAllAsync(IHubSession session, DateTimeOffset now, CancellationToken ct)
    {
        var all = await statuses.AllAsync(session, ct);
        return all.GroupBy(s => s.ComplaintId, StringComparer.Ordinal)
            .Select(g => clock.Evaluate(g.Key, g.ToList(), now))
            .OfType<ComplaintSupervision>()
            .ToList();
    }
}
