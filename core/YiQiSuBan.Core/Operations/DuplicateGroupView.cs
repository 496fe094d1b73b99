namespace YiQiSuBan.Core.Operations;

/// <summary>A duplicate group for operators: members across channels and each link with its explanation (no personal data).</summary>
public sealed record DuplicateGroupView(string Root, IReadOnlyList<GroupMemberView> Members, IReadOnlyList<GroupLinkView> Links);

/// <summary>A member of a group: which complaint, from where, when, and where the matter is.</summary>
public sealed record GroupMemberView(string Id, string Channel, DateTimeOffset At, string? Township, string? Kind);

/// <summary>A link between two members (or to a related complaint) and why it was made.</summary>
public sealed record GroupLinkView(string A, string B, string Kind, double Similarity, double GapDays, IReadOnlyList<string> Agreed, IReadOnlyList<string> Conflicting, string? Explanation);
