namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// What matching a complaint reads before it writes anything (<see cref="IDedupeIndex.ReadForMatchAsync"/>): its stored
/// document (null when it is new), the operator corrections touching it (other id → Join or Split) and the candidates.
/// </summary>
public sealed record MatchReading(DedupeDoc? Stored, IReadOnlyDictionary<string, LinkKind> Overrides, IReadOnlyList<DedupeDoc> Candidates);
