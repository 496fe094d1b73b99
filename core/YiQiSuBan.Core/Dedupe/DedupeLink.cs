namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// A scored pair and why: <see cref="A"/> &lt; <see cref="B"/> (ordinal), the identity fields that agreed or conflicted,
/// text similarity and the time between the filings.
/// </summary>
public sealed record DedupeLink
{
    public required string A { get; init; }
    public required string B { get; init; }
    public required LinkKind Kind { get; init; }
    public IReadOnlyList<string> Agreed { get; init; } = [];
    public IReadOnlyList<string> Conflicting { get; init; } = [];
    public double Similarity { get; init; }
    public double GapDays { get; init; }

    /// <summary>The other end of the link.</summary>
    public string Other(string id) => id == A ? B : A;

    /// <summary>The link between two ids, ends in canonical order.</summary>
    public static (string A, string B) Ends(string x, string y) => string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
}
