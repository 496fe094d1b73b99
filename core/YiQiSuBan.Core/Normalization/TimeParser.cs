using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace YiQiSuBan.Core.Normalization;

/// <summary>
/// Reads every time format the channels use into an instant. Times without an offset are China time (+08:00).
/// ISO 8601 with offset, yyyy-MM-dd HH:mm[:ss], yyyy/M/d H:mm, yyyyMMddHHmmss, yyyy年M月d日 [H时m分],
/// Unix seconds or milliseconds, Excel serial day numbers.
/// </summary>
public static partial class TimeParser
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]*(\d{1,2})\s*[:时點点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})(?:\.\d+)?)?\s*秒?)?$")]
    private static partial Regex LocalDateTime();

    [GeneratedRegex(@"^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$")]
    private static partial Regex Compact();

    /// <summary>Parses a time; null when the text is empty or not a time.</summary>
    public static DateTimeOffset? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (TryPlain(raw.AsSpan().Trim(), out var plain)) return plain;
        var s = raw.Normalize(NormalizationForm.FormKC).Trim();

        if (s.Length > 10 && (s.Contains('T') || s.EndsWith('Z') || HasOffset(s))
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso))
            return iso.ToOffset(ChinaOffset);

        var m = LocalDateTime().Match(s);
        if (m.Success) return Local(m);

        m = Compact().Match(s);
        if (m.Success && s.Length is 8 or 12 or 14) return Local(m);

        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return FromNumber(number);
        return null;
    }

    private static readonly string[] PlainFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>
    /// The common case without allocating: "yyyy-MM-dd HH:mm:ss" or "yyyy-MM-dd HH:mm" (China time). Gives what the
    /// general path gives for them; a date that does not exist is left to it (and comes back null there).
    /// </summary>
    private static bool TryPlain(ReadOnlySpan<char> s, out DateTimeOffset? value)
    {
        value = DateTime.TryParseExact(s, PlainFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ChinaOffset)
            : null;
        return value is not null;
    }

    private static bool HasOffset(string s) => s.Length > 19 && (s[^6] is '+' or '-') && s[^3] == ':';

    private static DateTimeOffset? Local(Match m)
    {
        int G(int i) => m.Groups[i].Success && m.Groups[i].Value.Length > 0 ? int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            return new DateTimeOffset(G(1), G(2), G(3), G(4), G(5), G(6), ChinaOffset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static DateTimeOffset? FromNumber(double n)
    {
        if (n > 1e11) return DateTimeOffset.FromUnixTimeMilliseconds((long)n).ToOffset(ChinaOffset);
        if (n > 1e8) return DateTimeOffset.FromUnixTimeSeconds((long)n).ToOffset(ChinaOffset);
        if (n is > 20000 and < 80000)
        {
            // Excel serial: days since 1899-12-30 (the 1900 leap-year bug folded in), local time.
            var local = new DateTime(1899, 12, 30).AddDays(n);
            local = new DateTime(local.Ticks - local.Ticks % TimeSpan.TicksPerSecond + (local.Millisecond >= 500 ? TimeSpan.TicksPerSecond : 0));
            return new DateTimeOffset(local, ChinaOffset);
        }
        return null;
    }
}
