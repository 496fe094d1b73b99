namespace YiQiSuBan.Core.Dedupe;

/// <summary>A labelled pair of complaint ids: duplicate, related or different.</summary>
public sealed record LabelledPair(string A, string B, string Label);
