namespace YiQiSuBan.Storage.Common;

/// <summary>A raw payload row as both dialects read it back: stored bytes, their encoding and the original size.</summary>
internal sealed record StoredRawRow(byte[] Bytes, string Encoding, long Size)
{
    public byte[] Original() => Core.Sources.RawCompression.Decompress(Encoding, Bytes, checked((int)Size));
}
