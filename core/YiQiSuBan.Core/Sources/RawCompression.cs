using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace YiQiSuBan.Core.Sources;

/// <summary>
/// How raw payload bytes are kept at rest, the same for both dialects: Brotli for large payloads when it saves space
/// (list pages, spreadsheets, batches), small ones as they are. The stored encoding name and the uncompressed size travel
/// with the bytes so reading gives back the exact original.
/// </summary>
public static class RawCompression
{
    public const string Identity = "identity";
    public const string Brotli = "br";

    /// <summary>Brotli's fastest quality and a 256 KiB window: on the ingest path of every large payload. Over the DEV samples
    /// (4,478 payloads, 2.6 KB on average) quality 0 / window 18 takes 20 µs a payload for 64.7 % of the size, quality 1 /
    /// window 22 took 55 µs for 61.1 %. Any quality and window decompress the same way.
    /// (figures from when every payload was compressed; now only those of <see cref="MinCompressedBytes"/> and more are).</summary>
    private const int Quality = 0;
    private const int Window = 18;

    /// <summary>
    /// Payloads below this are kept as they are: one record's push or detail page (2.6–2.8 KB) saved ≈ 1 KB for 20–30 µs of
    /// CPU, and a 100k-record SQLite replay ran at 6,912–8,348 records/s with them as is against 6,528–7,674 compressed
    /// (CPU 19.6–23.8 s against 22.0–25.7 s, alternating runs); on PostgreSQL it made no difference.
    /// </summary>
    public const int MinCompressedBytes = 16 * 1024;

    /// <summary>
    /// The bytes to store and the encoding they are in (use <see cref="RawPayload.AtRest"/>, made once per payload). Kept as
    /// they are, they are the payload's own array when it holds exactly them (not copied: neither side writes to it).
    /// </summary>
    public static RawAtRest Compress(ReadOnlyMemory<byte> original)
    {
        if (original.Length >= MinCompressedBytes)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(original.Length));
            try
            {
                if (BrotliEncoder.TryCompress(original.Span, buffer, out var written, Quality, Window) && written < original.Length)
                    return new RawAtRest(Brotli, buffer.AsSpan(0, written).ToArray());
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        var whole = MemoryMarshal.TryGetArray(original, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length;
        return new RawAtRest(Identity, whole ? segment.Array! : original.ToArray());
    }

    /// <summary>The original bytes of a stored payload of <paramref name="size"/> uncompressed bytes.</summary>
    public static byte[] Decompress(string encoding, byte[] stored, int size)
    {
        if (encoding == Identity) return stored;
        if (encoding != Brotli) throw new InvalidDataException($"raw payload encoding '{encoding}' is not known to this hub");
        var original = new byte[size];
        if (!BrotliDecoder.TryDecompress(stored, original, out var written) || written != size)
            throw new InvalidDataException("a stored raw payload does not decompress to its recorded size");
        return original;
    }
}
