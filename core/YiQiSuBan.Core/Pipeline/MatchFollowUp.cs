using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// What a match did beyond the matched complaint: other complaints it changed (e.g. duplicates re-pointed to an
/// earlier filing that arrived late) and notices for the feed (e.g. hotspot alerts). The pipeline saves the revised
/// complaints and puts their events and the notices on the feed, in the same transaction, after the matched complaint.
/// </summary>
public sealed record MatchFollowUp
{
    public static MatchFollowUp None { get; } = new();

    public IReadOnlyList<Complaint> Revised { get; init; } = [];

    /// <summary>Feed events without a sequence number yet.</summary>
    public IReadOnlyList<FeedEvent> Notices { get; init; } = [];
}
