using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Payloads read in one step and the checkpoint (position) reached once they are stored.</summary>
public sealed record ConnectorBatch(IReadOnlyList<RawPayload> Payloads, string Position);
