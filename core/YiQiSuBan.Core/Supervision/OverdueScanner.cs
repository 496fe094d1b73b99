using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Supervision;

/// <summary>
/// One scan: every card a complaint has earned by now and that was not raised yet is stored and put on the
/// feed as complaint.overdue (level yellow|red), with its outbox row, in one transaction.
/// </summary>
public sealed class OverdueScanner(IHubStore store, SupervisionTimelines timelines, ISupervisionStore cards, OutboxWriter outbox, OutboxSignal signal, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupervisionCard>> RunOnceAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        await using var session = await store.BeginAsync(ct);
        var raised = await cards.RaisedAsync(session, ct);
        var added = new List<SupervisionCard>();
        foreach (var complaint in await timelines.EvaluateAllAsync(session, now, ct))
        foreach (var check in complaint.Milestones)
        foreach (var level in new[] { CardLevel.Yellow, CardLevel.Red }.Where(l => check.Level >= l))
        {
            if (raised.Contains((complaint.ComplaintId, check.Milestone, level))) continue;
            var current = (await session.GetComplaintAsync(complaint.ComplaintId, ct))?.Complaint;
            var feedEvent = new FeedEvent
            {
                Type = FeedEventTypes.Overdue, ComplaintId = complaint.ComplaintId, At = now, Complaint = current,
                Level = Name(level), Milestone = Name(check.Milestone),
            };
            feedEvent = feedEvent with { Seq = await session.AppendFeedAsync(feedEvent, ct) };
            await outbox.OnFeedEventAsync(feedEvent, session, ct);
            var card = new SupervisionCard
            {
                ComplaintId = complaint.ComplaintId, Unit = complaint.Unit, Milestone = check.Milestone, Level = level,
                Due = check.Due, At = check.CardAt(level), RaisedAt = now, Seq = feedEvent.Seq,
            };
            await cards.AddAsync(session, card, ct);
            added.Add(card);
        }
        await session.CommitAsync(ct);
        if (added.Count > 0) signal.Notify();
        return added;
    }

    public static string Name(CardLevel level) => level == CardLevel.Red ? "red" : "yellow";

    public static string Name(Milestone milestone) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(milestone.ToString());
}
