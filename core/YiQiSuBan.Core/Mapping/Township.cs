namespace YiQiSuBan.Core.Mapping;

/// <summary>A township-level unit of the district and the names people write for it.</summary>
public sealed record Township(string Code, string Name, IReadOnlyList<string> Aliases);
