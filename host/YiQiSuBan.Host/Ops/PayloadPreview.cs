using System.Text;
using System.Text.RegularExpressions;
using YiQiSuBan.Connectors.Encodings;

namespace YiQiSuBan.Host.Ops;

/// <summary>A raw payload as text for an operator: decoded in its real encoding (declared XML encoding, BOM, UTF-8, else GB18030) and masked.</summary>
public sealed partial class PayloadPreview(PersonalDataMask mask)
{
    /// <summary>At most this many characters are shown.</summary>
    public const int MaxChars = 200_000;

    public (string Text, string Encoding, bool Truncated) Show(byte[] bytes)
    {
        var (text, encoding) = Decode(bytes);
        var truncated = text.Length > MaxChars;
        return (mask.Mask(truncated ? text[..MaxChars] : text), encoding, truncated);
    }

    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        if (XmlDeclaredEncoding().Match(head) is { Success: true } m && PayloadEncodings.FromLabel(m.Groups[1].Value) is { } declared && declared.CodePage != Encoding.UTF8.CodePage)
            return (declared.GetString(bytes), m.Groups[1].Value.ToLowerInvariant());
        return PayloadEncodings.DecodeUndeclared(bytes);
    }

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-]+)["']""")]
    private static partial Regex XmlDeclaredEncoding();
}
