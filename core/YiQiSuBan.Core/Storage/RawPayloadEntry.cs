namespace YiQiSuBan.Core.Storage;

/// <summary>The stored raw payload: where it came from and its digest (the bytes are read separately).</summary>
public sealed record RawPayloadEntry(long Id, string Channel, string Name, string Sha256, DateTimeOffset ReceivedAt, string Delivery, bool IsNew);
