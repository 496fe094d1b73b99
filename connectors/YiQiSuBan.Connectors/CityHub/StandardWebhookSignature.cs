using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>Standard Webhooks signatures: <c>v1,base64(HMAC-SHA256(secret, id.timestamp.body))</c>, several space-separated.</summary>
public static class StandardWebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static bool TryReadSecret(string secret, out byte[] key)
    {
        key = [];
        var text = secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret;
        try
        {
            key = Convert.FromBase64String(text);
            return key.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Sign(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    /// <summary>True when any of the space-separated v1 signatures matches.</summary>
    public static bool Verify(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body, string? signatures)
    {
        if (string.IsNullOrWhiteSpace(signatures)) return false;
        var expected = Encoding.ASCII.GetBytes(Sign(key, id, timestamp, body));
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (candidate.StartsWith("v1,", StringComparison.Ordinal) && CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate)))
                return true;
        return false;
    }
}
