using System.Globalization;
using System.Text.RegularExpressions;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// Numbers as spreadsheets write them: a CSV saved by Excel shows long numbers in scientific notation with
/// six significant digits (1.38063E+10), which has lost the digits a phone number needs.
/// </summary>
public static partial class ExcelNumberText
{
    [GeneratedRegex(@"^\s*(\d)(?:\.(\d+))?[eE]\+?(\d{1,2})\s*$")]
    private static partial Regex Scientific();

    /// <summary>True when the text is a number in scientific notation whose shown digits do not reach the units.</summary>
    public static bool LostDigits(string? text)
    {
        if (text is null) return false;
        var m = Scientific().Match(text);
        if (!m.Success) return false;
        var shownDecimals = m.Groups[2].Value.Length;
        return shownDecimals < int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>An XLSX number cell's value written out in full (no exponent), as the cell shows it.</summary>
    public static string Plain(string value)
    {
        if (value.IndexOfAny(['E', 'e']) < 0) return value;
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : value;
    }
}
