using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Supervision;
using YiQiSuBan.Storage.Common;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>The raised supervision cards table.</summary>
public sealed class DapperSupervisionStore : ISupervisionStore
{
    public async Task<IReadOnlySet<(string ComplaintId, Milestone Milestone, CardLevel Level)>> RaisedAsync(IHubSession session, CancellationToken ct = default)
    {
        var rows = await session.QueryAsync<Card>(FeatureSql.For(session.Dialect).CardKeys, ct: ct);
        return rows.Select(r => (r.ComplaintId, Enum.Parse<Milestone>(r.Milestone, true), Enum.Parse<CardLevel>(r.Level, true))).ToHashSet();
    }

    public Task AddAsync(IHubSession session, SupervisionCard card, CancellationToken ct = default) =>
        session.ExecuteAsync(FeatureSql.For(session.Dialect).CardInsert, new
        {
            card.ComplaintId, card.Unit, Milestone = OverdueScanner.Name(card.Milestone), Level = OverdueScanner.Name(card.Level),
            DueMs = Ms(card.Due), AtMs = Ms(card.At), RaisedMs = Ms(card.RaisedAt), card.Seq,
        }, ct: ct);

    public async Task<IReadOnlyList<SupervisionCard>> ListAsync(IHubSession session, CancellationToken ct = default) =>
        (await session.QueryAsync<Card>(FeatureSql.For(session.Dialect).CardList, ct: ct)).Select(r => r.ToCard()).ToList();
}
