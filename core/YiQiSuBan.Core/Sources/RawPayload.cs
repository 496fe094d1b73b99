using System.Security.Cryptography;

namespace YiQiSuBan.Core.Sources;

/// <summary>Bytes exactly as a channel delivered them (poll answer, webhook body, upload, recorded file).</summary>
public sealed record RawPayload
{
    public required string Channel { get; init; }

    /// <summary>File name (replay, upload, drop folder) or a transport-made name; tells the parser the payload kind.</summary>
    public required string Name { get; init; }

    public required ReadOnlyMemory<byte> Bytes
    {
        get => _bytes;
        init
        {
            _bytes = value;
            _sha256 = null; // a copy made with other bytes must not keep the digest and stored form of the original
            _atRest = null;
        }
    }

    private readonly ReadOnlyMemory<byte> _bytes;

    /// <summary>When the hub received it (replay: the time in the file name).</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How it came: pull, webhook, upload, drop, replay.</summary>
    public string Delivery { get; init; } = "replay";

    /// <summary>Lower-case hex SHA-256 of <see cref="Bytes"/>.</summary>
    public string Sha256 => _sha256 ??= Convert.ToHexStringLower(SHA256.HashData(Bytes.Span));
    private string? _sha256;

    /// <summary>The bytes as the stores keep them at rest (see <see cref="RawCompression"/>), made once; thread-safe.</summary>
    public RawAtRest AtRest => _atRest ??= RawCompression.Compress(Bytes);
    private RawAtRest? _atRest;
}
