using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace YiQiSuBan.Core.Normalization;

/// <summary>
/// Plain text as the contract wants it: markup removed (br and block tags count as white space),
/// entities decoded, white space runs (incl. U+3000, U+00A0) collapsed to one space, other C0 controls removed, trimmed.
/// </summary>
public static partial class TextCleaner
{
    [GeneratedRegex(@"<\s*(br|/?p|/?div|/?li|/?tr|/?td|/?th|/?table|/?ul|/?ol|/?h[1-6])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex AnyTag();

    public static string? Clean(string? value)
    {
        if (value is null) return null;
        var s = value;
        if (s.Contains('<'))
        {
            s = BlockTag().Replace(s, " ");
            s = AnyTag().Replace(s, "");
        }
        if (s.Contains('&')) s = WebUtility.HtmlDecode(s);
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u3000' || ch == '\u00A0')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (ch < 0x20 || ch == 0x7F) continue;
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
