using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Core.Delivery;

/// <summary>
/// Standard Webhooks signatures: "v1,&lt;base64 HMAC-SHA256(secret, id.timestamp.body)&gt;", one per secret,
/// space-separated (several during key rotation). Secrets are given as whsec_&lt;base64&gt;.
/// </summary>
public static class WebhookSigner
{
    private const string Prefix = "whsec_";

    public static bool IsValidSecret(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret)) return false;
        var text = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        Span<byte> buffer = stackalloc byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written > 0;
    }

    public static byte[] SecretBytes(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret);

    /// <summary>The v1 signature of one message with one secret.</summary>
    public static string SignOne(string secret, string id, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(SecretBytes(secret), content));
    }

    /// <summary>The webhook-signature header value: one signature per secret, in the given order.</summary>
    public static string Sign(IEnumerable<string> secrets, string id, long timestamp, string body) =>
        string.Join(' ', secrets.Select(s => SignOne(s, id, timestamp, body)));

    /// <summary>True when any signature in <paramref name="header"/> matches one of the secrets.</summary>
    public static bool Verify(IEnumerable<string> secrets, string id, long timestamp, string body, string header)
    {
        var given = header.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return secrets.Any(secret =>
        {
            var expected = Encoding.ASCII.GetBytes(SignOne(secret, id, timestamp, body));
            return given.Any(g => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(g), expected));
        });
    }
}
