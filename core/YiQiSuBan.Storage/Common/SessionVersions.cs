using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Common;

/// <summary>
/// The complaint versions one session saved, with their complaint_history ids. Reads in the session are answered from
/// here (no round trip, no deserialization), and a feed event about a version saved here is stored pointing at that
/// version instead of carrying the complaint a second time. Lives and dies with its transaction.
/// </summary>
internal sealed class SessionVersions
{
    private readonly Dictionary<string, (StoredComplaint Stored, long VersionId)> _saved = new(StringComparer.Ordinal);

    public StoredComplaint? Get(string id) => _saved.TryGetValue(id, out var s) ? s.Stored : null;

    public void Remember(StoredComplaint stored, long versionId) => _saved[stored.Id] = (stored, versionId);

    /// <summary>
    /// How a feed event is stored: pointing at the version it shows when that is the version this session saved
    /// (the payload then leaves the complaint out), else whole.
    /// </summary>
    public (FeedEvent Payload, long? VersionId) ForFeed(FeedEvent e) =>
        e.Complaint is { } c && _saved.TryGetValue(e.ComplaintId, out var s) && ReferenceEquals(s.Stored.Complaint, c)
            ? (e with { Seq = 0, Complaint = null }, s.VersionId)
            : (e with { Seq = 0 }, null);
}
