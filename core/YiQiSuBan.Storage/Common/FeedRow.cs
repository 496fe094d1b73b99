using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// A feed row as both dialects read it: the stored event, and the complaint of the version it points at (when the
/// event was stored without its complaint, see <see cref="SessionVersions.ForFeed"/>).
/// </summary>
internal sealed record FeedRow(long Seq, string Payload, string? ComplaintJson)
{
    /// <summary>Select list and source for feed queries; filter with f.seq / f.complaint_id.</summary>
    public const string Select = "SELECT f.seq AS Seq, f.payload AS Payload, h.complaint AS ComplaintJson FROM feed f LEFT JOIN complaint_history h ON h.id = f.version_id";

    public FeedEvent ToEvent()
    {
        var e = StoreJson.Read<FeedEvent>(Payload) with { Seq = Seq };
        return ComplaintJson is null ? e : e with { Complaint = StoreJson.Read<Complaint>(ComplaintJson) };
    }
}
