namespace YiQiSuBan.Core.Sources;

/// <summary>
/// Reads the raw bytes of one channel's payloads (in their real encoding) into source records.
/// A format never throws for bad input: it yields <see cref="ParseResult.Fail"/> and goes on.
/// </summary>
public interface IChannelFormat
{
    /// <summary>Channel key: hotline12345, people-board, mayor-mailbox, city-hub, supervision, offline.</summary>
    string Channel { get; }

    IEnumerable<ParseResult> Parse(RawPayload payload);
}
