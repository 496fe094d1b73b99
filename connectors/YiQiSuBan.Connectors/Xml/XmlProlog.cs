using System.Text;
using System.Text.RegularExpressions;
using YiQiSuBan.Connectors.Encodings;

namespace YiQiSuBan.Connectors.Xml;

/// <summary>Decodes XML bytes by the encoding its prolog declares (BOM first; no declaration = UTF-8).</summary>
public static partial class XmlProlog
{
    [GeneratedRegex(@"^\s*<\?xml[^>]*?\bencoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']")]
    private static partial Regex EncodingDeclaration();

    /// <summary>The document text, or an operator-readable reason it cannot be decoded.</summary>
    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);

        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 256)]);
        var m = EncodingDeclaration().Match(head);
        var encoding = m.Success ? PayloadEncodings.FromLabel(m.Groups[1].Value) : Encoding.UTF8;
        if (encoding is null) return (null, $"the XML prolog declares encoding '{m.Groups[1].Value}', which the hub does not read (GBK or UTF-8 expected)");
        if (encoding.CodePage != Encoding.UTF8.CodePage) return (encoding.GetString(bytes), null);
        try
        {
            return (PayloadEncodings.StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "the document says UTF-8 but its bytes are not valid UTF-8");
        }
    }
}
