using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>
/// The 12345 request signature: lower hex HMAC-SHA256(appSecret, appKey\ntimestamp\nnonce\nMETHOD\npathAndQuery\nlowerHex(SHA-256(body))).
/// </summary>
public static class Hotline12345Signature
{
    public static string Sign(string appKey, string appSecret, string timestamp, string nonce, string method, string pathAndQuery, ReadOnlySpan<byte> body)
    {
        var text = string.Join('\n', appKey, timestamp, nonce, method.ToUpperInvariant(), pathAndQuery, Convert.ToHexStringLower(SHA256.HashData(body)));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(text)));
    }

    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
