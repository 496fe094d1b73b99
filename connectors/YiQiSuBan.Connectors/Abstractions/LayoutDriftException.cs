namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>A non-empty page yielded nothing: the counterpart changed its layout. The position is not advanced.</summary>
public sealed class LayoutDriftException(string message) : Exception(message);
