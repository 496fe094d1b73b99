using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// Decides, inside the ingest transaction, whether a complaint repeats or relates to others
/// (sets <see cref="Complaint.DuplicateOf"/> and <see cref="Complaint.Related"/>). The default matches nothing.
/// </summary>
public interface IComplaintMatcher
{
    Task<Complaint> MatchAsync(Complaint complaint, IHubSession session, CancellationToken ct);

    /// <summary>
    /// Store-free work for a later <see cref="MatchAsync"/> of this very complaint instance (e.g. text normalization and
    /// lookup keys), done ahead on any thread; MatchAsync gives the same answer with or without it. The default does nothing.
    /// </summary>
    void Prepare(Complaint complaint) { }

    /// <summary>What the last <see cref="MatchAsync"/> in <paramref name="session"/> changed besides its complaint (taken once).</summary>
    MatchFollowUp TakeFollowUp(IHubSession session) => MatchFollowUp.None;
}

/// <summary>A matcher that links nothing (deduplication off).</summary>
public sealed class NoMatching : IComplaintMatcher
{
    public Task<Complaint> MatchAsync(Complaint complaint, IHubSession session, CancellationToken ct) => Task.FromResult(complaint);
}
