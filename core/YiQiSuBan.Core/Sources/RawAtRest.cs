namespace YiQiSuBan.Core.Sources;

/// <summary>Raw payload bytes as a store keeps them: <paramref name="Bytes"/> in <paramref name="Encoding"/> (identity or br).</summary>
public sealed record RawAtRest(string Encoding, byte[] Bytes);
