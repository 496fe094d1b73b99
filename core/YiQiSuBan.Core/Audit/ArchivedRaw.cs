namespace YiQiSuBan.Core.Audit;

/// <summary>
/// A stored raw payload as the audit reads it: digest row and original bytes (empty once retention pruned them,
/// null when the stored bytes cannot be decoded).
/// </summary>
public sealed record ArchivedRaw(long Id, string Channel, string Name, string Sha256, DateTimeOffset ReceivedAt, string Delivery, byte[]? Bytes);
