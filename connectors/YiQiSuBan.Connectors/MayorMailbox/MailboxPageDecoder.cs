using System.Text;
using System.Text.RegularExpressions;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// Decodes mailbox pages. They declare gb2312 (or say nothing) but carry characters outside GB2312, so every
/// GB-family page is decoded as GB18030, its superset; a page that declares UTF-8 (or has a UTF-8 BOM) is read as UTF-8.
/// </summary>
internal static partial class MailboxPageDecoder
{
    private static Encoding Gb18030 => Encodings.PayloadEncodings.Gb18030;

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*utf-?8", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaresUtf8();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8)) return Encoding.UTF8.GetString(bytes[3..]);
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return DeclaresUtf8().IsMatch(head) ? Encoding.UTF8.GetString(bytes) : Gb18030.GetString(bytes);
    }
}
