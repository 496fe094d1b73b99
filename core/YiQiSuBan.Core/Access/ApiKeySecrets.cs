using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Core.Access;

/// <summary>Makes random keys and hashes them for storage and lookup.</summary>
public static class ApiKeySecrets
{
    /// <summary>A new key: "yqsb_" + 32 random bytes in base64url.</summary>
    public static string NewKey() => "yqsb_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower hex SHA-256 of the key text.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
