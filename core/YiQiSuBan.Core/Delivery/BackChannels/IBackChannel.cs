using YiQiSuBan.Core.Status;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>A channel that takes status back; its sender is the outbox sender for target = channel key.</summary>
public interface IBackChannel : IDeliverySender
{
    /// <summary>False while the channel's back-channel settings are empty.</summary>
    bool Enabled { get; }

    /// <summary>Whether this status kind means anything to the channel.</summary>
    bool Takes(StatusKind kind);
}
