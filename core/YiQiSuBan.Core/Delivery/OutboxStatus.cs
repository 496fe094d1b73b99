namespace YiQiSuBan.Core.Delivery;

/// <summary>States of an outbox message.</summary>
public static class OutboxStatus
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Parked = "parked";
}
