using System.Globalization;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Common;
using static YiQiSuBan.Storage.Features.FeatureRows;

namespace YiQiSuBan.Storage.Features;

/// <summary>The status timeline table.</summary>
public sealed class DapperStatusStore : IStatusStore
{
    public Task<long> AddAsync(IHubSession session, StoredStatus status, CancellationToken ct = default)
    {
        var u = status.Update;
        return session.ExecuteScalarAsync<long>(FeatureSql.For(session.Dialect).StatusInsert, new
        {
            status.ComplaintId, Kind = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(u.Kind.ToString()), AtMs = Ms(u.At),
            AtText = u.At.ToString("O", CultureInfo.InvariantCulture), u.HandlingUnit, u.Reason, u.Satisfaction, u.Content, u.Operator,
            ReceivedMs = Ms(status.ReceivedAt), Applied = status.Applied ? 1 : 0,
        }, ct: ct);
    }

    public async Task<IReadOnlyList<StoredStatus>> TimelineAsync(IHubSession session, string complaintId, CancellationToken ct = default) =>
        (await session.QueryAsync<Status>(FeatureSql.For(session.Dialect).StatusTimeline, new { complaintId }, ct: ct)).Select(r => r.ToStatus()).ToList();

    public async Task<IReadOnlyList<StoredStatus>> AllAsync(IHubSession session, CancellationToken ct = default) =>
        (await session.QueryAsync<Status>(FeatureSql.For(session.Dialect).StatusAll, ct: ct)).Select(r => r.ToStatus()).ToList();
}
