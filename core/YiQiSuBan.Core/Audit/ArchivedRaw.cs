namespace YiQiSuBan.Core.Audit;

/// <summary>A stored raw payload as the audit reads it: digest row and bytes (empty once retention pruned them).</summary>
public sealed record ArchivedRaw(long Id, string Channel, string Name, string Sha256, DateTimeOffset ReceivedAt, string Delivery, byte[] Bytes);
