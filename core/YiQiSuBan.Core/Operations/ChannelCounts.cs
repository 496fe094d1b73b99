namespace YiQiSuBan.Core.Operations;

/// <summary>What the store holds of one channel.</summary>
public sealed record ChannelCounts(string Channel, long Complaints, long OpenQuarantine, DateTimeOffset? LastReceivedAt);
