namespace YiQiSuBan.Core.Operations;

/// <summary>A hotspot for operators: its root, township, size and cumulative growth (member filing times).</summary>
public sealed record HotspotView(string RootId, DateTimeOffset At, int Complainants, int Complaints, string? Township, IReadOnlyList<DateTimeOffset> Growth);
