namespace YiQiSuBan.Core.Delivery;

/// <summary>Sends outbox messages of one target; turns every answer (and failure to answer) into an outcome.</summary>
public interface IDeliverySender
{
    string Target { get; }

    Task<DeliveryOutcome> SendAsync(OutboxMessage message, CancellationToken ct);
}
