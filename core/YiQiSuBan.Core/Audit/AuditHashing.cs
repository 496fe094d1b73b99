using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// The canonical encoding of an audit entry: the six fields in order, each as a netstring
/// <c>&lt;byte length&gt;:&lt;UTF-8 bytes&gt;,</c> (seq in decimal). entry_hash = lower-hex SHA-256 of it.
/// </summary>
public static class AuditHashing
{
    /// <summary>prev_hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string FormatTime(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        var micro = new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
        return micro.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    public static byte[] Canonical(long seq, string at, string kind, string subject, string body, string prevHash)
    {
        var sb = new StringBuilder(body.Length + 200);
        foreach (var field in new[] { seq.ToString(CultureInfo.InvariantCulture), at, kind, subject, body, prevHash })
            sb.Append(Encoding.UTF8.GetByteCount(field).ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append(',');
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    public static string EntryHash(long seq, string at, string kind, string subject, string body, string prevHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Canonical(seq, at, kind, subject, body, prevHash)));

    /// <summary>The hash the entry should have, from its fields.</summary>
    public static string Recompute(AuditEntry e) => EntryHash(e.Seq, e.At, e.Kind, e.Subject, e.Body, e.PrevHash);
}
