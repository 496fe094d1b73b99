using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace YiQiSuBan.Core.Normalization;

/// <summary>Phone numbers to digits only (+86 and separators removed); landlines as 0632-7712345.</summary>
public static partial class PhoneNormalizer
{
    [GeneratedRegex(@"^\d(\.\d+)?[eE]\+?\d+$")]
    private static partial Regex Scientific();

    [GeneratedRegex(@"(?<![\d])(?:\+?86[\s-]?)?(1[3-9]\d[\s-]?\d{4}[\s-]?\d{4})(?!\d)|(?<![\d-])(0[1-9]\d{1,2})[\s-]?([2-9]\d{6,7})(?!\d)")]
    private static partial Regex InText();

    /// <summary>Normalizes one phone field; null when nothing phone-like is left.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Normalize(NormalizationForm.FormKC).Trim();
        if (Scientific().IsMatch(s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            s = ((long)Math.Round(d)).ToString(CultureInfo.InvariantCulture);
        var digits = new StringBuilder();
        foreach (var ch in s) if (char.IsAsciiDigit(ch)) digits.Append(ch);
        var n = digits.ToString();
        if (s.StartsWith('+') && n.StartsWith("86", StringComparison.Ordinal)) n = n[2..];
        else if (n.Length == 13 && n.StartsWith("86", StringComparison.Ordinal) && n[2] == '1') n = n[2..];
        if (n.Length == 0) return null;
        if (n.StartsWith('0') && n.Length is >= 10 and <= 12)
        {
            var areaLen = n.StartsWith("01", StringComparison.Ordinal) || n.StartsWith("02", StringComparison.Ordinal) ? 3 : 4;
            return $"{n[..areaLen]}-{n[areaLen..]}";
        }
        return n;
    }

    /// <summary>
    /// The first phone number written in free text, normalized; null when there is none. Landlines need a real
    /// area code (0 then 1-9) and a local number starting 2-9, so masked placeholders (0000-00000000) are no phone.
    /// </summary>
    public static string? FindInText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var m = InText().Match(text.Normalize(NormalizationForm.FormKC));
        if (!m.Success) return null;
        return m.Groups[1].Success ? Normalize(m.Groups[1].Value) : $"{m.Groups[2].Value}-{m.Groups[3].Value}";
    }
}
