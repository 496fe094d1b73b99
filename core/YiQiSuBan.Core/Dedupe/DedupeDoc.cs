using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>What the dedupe index keeps of a complaint: when it was filed, its comparable text, identity keys, current group.</summary>
public sealed record DedupeDoc
{
    public required string Id { get; init; }

    /// <summary>The connector it came through: a complainant's repeat on one channel is that channel's own business.</summary>
    public required string Channel { get; init; }

    /// <summary>Filing time (submittedAt, else receivedAt) as Unix seconds.</summary>
    public required long At { get; init; }

    /// <summary><see cref="MatchText.Normalize"/> of title and content.</summary>
    public required string Text { get; init; }

    /// <summary>The bigrams of <see cref="Text"/>, kept beside it so a candidate is not re-shingled (computed when not given).</summary>
    public ShingleSet Shingles
    {
        get => _shingles ??= ShingleSet.Of(Text);
        init => _shingles = value;
    }

    private ShingleSet? _shingles;

    /// <summary><see cref="IdentityKeys.Of"/>, sorted.</summary>
    public required IReadOnlyList<string> Identity { get; init; }

    /// <summary>Id of the earliest filing of its duplicate group (itself when alone).</summary>
    public required string GroupRoot { get; init; }

    /// <summary>No identifying key (phone, credit code, enterprise): a surname alone does not identify.</summary>
    public bool IsAnonymous => !Identity.Any(IdentityKeys.Identifies);

    /// <summary>The identifying keys, which are also lookup keys.</summary>
    public IEnumerable<string> IdentifyingKeys => Identity.Where(IdentityKeys.Identifies);

    /// <summary>The document of a freshly mapped complaint (alone in its group until matched).</summary>
    public static DedupeDoc From(Complaint c) => new()
    {
        Id = c.Id,
        Channel = c.Channel,
        At = (c.SubmittedAt ?? c.ReceivedAt).ToUnixTimeSeconds(),
        Text = MatchText.Normalize(c.Title, c.Content),
        Identity = IdentityKeys.Of(c),
        GroupRoot = c.Id,
    };
}
