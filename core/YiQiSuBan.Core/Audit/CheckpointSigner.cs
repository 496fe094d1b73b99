using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// Signs checkpoints with HMAC-SHA256 under the configured key and checks them under the key their id names.
/// Message: "yiqisuban-audit-checkpoint/v1\n{treeSize}\n{rootHex}\n{at}\n{keyId}" (UTF-8).
/// </summary>
public sealed class CheckpointSigner
{
    public const string Algorithm = "hmac-sha256";
    private readonly Dictionary<string, byte[]> _keys;
    private readonly string? _signingKeyId;

    public CheckpointSigner(IOptions<AuditOptions> options)
    {
        var o = options.Value;
        _keys = o.Keys.Where(k => AuditOptions.SecretBytes(k) is not null).ToDictionary(k => k.Id, k => AuditOptions.SecretBytes(k)!, StringComparer.Ordinal);
        _signingKeyId = o.SigningKeyId;
    }

    public bool CanSign => _signingKeyId is not null && _keys.ContainsKey(_signingKeyId);

    public static byte[] Message(long treeSize, string rootHex, string at, string keyId) =>
        Encoding.UTF8.GetBytes($"yiqisuban-audit-checkpoint/v1\n{treeSize.ToString(CultureInfo.InvariantCulture)}\n{rootHex}\n{at}\n{keyId}");

    public AuditCheckpoint Sign(long treeSize, string rootHex, string at)
    {
        if (!CanSign) throw new InvalidOperationException("No checkpoint key: set Audit:Keys and Audit:SigningKeyId.");
        var keyId = _signingKeyId!;
        var signature = HMACSHA256.HashData(_keys[keyId], Message(treeSize, rootHex, at, keyId));
        return new AuditCheckpoint { TreeSize = treeSize, RootHash = rootHex, At = at, KeyId = keyId, Algorithm = Algorithm, Signature = Convert.ToHexStringLower(signature) };
    }

    /// <summary>Null when the signature holds, else why not.</summary>
    public string? Check(AuditCheckpoint c)
    {
        if (c.Algorithm != Algorithm) return $"unknown algorithm '{c.Algorithm}'";
        if (!_keys.TryGetValue(c.KeyId, out var key)) return $"key id '{c.KeyId}' is not configured";
        var expected = HMACSHA256.HashData(key, Message(c.TreeSize, c.RootHash, c.At, c.KeyId));
        byte[] actual;
        try { actual = Convert.FromHexString(c.Signature); }
        catch (FormatException) { return "the signature is not hex"; }
        return CryptographicOperations.FixedTimeEquals(expected, actual) ? null : "the signature does not match";
    }
}
