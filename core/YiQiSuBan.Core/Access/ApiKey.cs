namespace YiQiSuBan.Core.Access;

/// <summary>A stored API key: its name, role and the SHA-256 of the key (the key itself is never stored).</summary>
public sealed record ApiKey
{
    public required string Name { get; init; }
    public required string Role { get; init; }
    public required string Hash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}
