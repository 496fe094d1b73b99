using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>
/// The hotline's HMAC-SHA256 request signature (X-App-Key, X-Timestamp ms, X-Nonce, X-Sign), used for our pulls,
/// for checking the city's pushes, and by the simulator.
/// </summary>
public static class Hotline12345Signature
{
    public const string AppKeyHeader = "X-App-Key";
    public const string TimestampHeader = "X-Timestamp";
    public const string NonceHeader = "X-Nonce";
    public const string SignHeader = "X-Sign";

    public static string Sign(string appKey, string appSecret, string timestampMs, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(body));
        var text = string.Join('\n', appKey, timestampMs, nonce, method.ToUpperInvariant(), pathAndQuery, bodyHash);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>True when <paramref name="sign"/> matches (constant-time comparison).</summary>
    public static bool Verify(string appKey, string appSecret, string timestampMs, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body, string? sign)
    {
        if (string.IsNullOrEmpty(sign)) return false;
        var expected = Sign(appKey, appSecret, timestampMs, nonce, method, pathAndQuery, body);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(sign.ToLowerInvariant()));
    }

    /// <summary>A random nonce of 24 characters.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
