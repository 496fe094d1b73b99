using System.Text;

namespace YiQiSuBan.Connectors.Encodings;

/// <summary>
/// The text encodings the channels use: UTF-8 and the GBK family, which is always decoded as GB18030
/// (a superset of GB2312 and GBK, so nothing a GBK sender writes is lost).
/// </summary>
public static class PayloadEncodings
{
    private static readonly Lazy<Encoding> LazyGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
    });

    /// <summary>UTF-8 that throws on invalid bytes (for detection).</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Gb18030 => LazyGb18030.Value;

    /// <summary>GBK for writing what a GBK sender writes (simulators, fixtures); characters outside GBK become '?'.</summary>
    public static Encoding Gbk => LazyGbk.Value;

    private static readonly Lazy<Encoding> LazyGbk = new(() => { _ = Gb18030; return Encoding.GetEncoding("GBK"); });

    /// <summary>The encoding for a declared label (XML prolog, Content-Type charset); null when unknown.</summary>
    public static Encoding? FromLabel(string? label) => label?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "UTF-8" or "UTF8" => Encoding.UTF8,
        "GBK" or "GB2312" or "GB18030" or "CP936" or "X-GBK" or "EUC-CN" => Gb18030,
        "UTF-16" or "UTF-16LE" => Encoding.Unicode,
        "UTF-16BE" => Encoding.BigEndianUnicode,
        _ => null,
    };

    /// <summary>
    /// Decodes bytes whose encoding nobody declared: a BOM wins, else valid UTF-8, else GB18030.
    /// Returns the text without the BOM and the name of what was used.
    /// </summary>
    public static (string Text, string Encoding) DecodeUndeclared(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Gb18030.GetString(bytes), "gb18030");
        }
    }
}
