namespace YiQiSuBan.Core.Sources;

/// <summary>
/// A channel format's cheap look at a payload for replay's sort pass: when each record <see cref="IChannelFormat.Parse"/>
/// would give happened (its update time, else its submission time), without reading the records whole.
/// </summary>
/// <remarks>
/// Optional: replay parses the payloads of formats without it (or when it declines) to learn the same. It must agree with
/// the parser exactly, record for record; replay checks the count when it parses the payload for real.
/// </remarks>
public interface IOrderKeyReader
{
    /// <summary>
    /// Adds one key per record, in parse order (null for a record without a time of its own or one that will fail), and
    /// returns true; returns false, adding nothing, when only a full parse can tell (the caller then parses).
    /// </summary>
    bool TryReadOrderKeys(RawPayload payload, List<DateTimeOffset?> keys);
}
