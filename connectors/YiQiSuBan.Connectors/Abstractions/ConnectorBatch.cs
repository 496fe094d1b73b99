using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// Payloads read in one step and the checkpoint (position) reached once they are stored. <see cref="Committed"/>
/// runs after the batch's transaction committed (e.g. moving a processed file aside); a crash before it only means
/// the batch is read again and taken as a duplicate.
/// </summary>
public sealed record ConnectorBatch(IReadOnlyList<RawPayload> Payloads, string Position)
{
    public Action? Committed { get; init; }
}
