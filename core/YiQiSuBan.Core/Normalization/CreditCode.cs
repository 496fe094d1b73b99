using System.Text;

namespace YiQiSuBan.Core.Normalization;

/// <summary>Unified social credit code (GB 32100-2015): normalization and check digit.</summary>
public static class CreditCode
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper case, half-width, no white space or separators; null when empty.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var s = raw.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(18);
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch) || ch is '-' or '_' or '\u3000') continue;
            sb.Append(char.ToUpperInvariant(ch));
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>True when the (normalized) code has 18 valid characters and the right check character.</summary>
    public static bool IsValid(string? code)
    {
        if (code is null || code.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Charset.IndexOf(code[i], StringComparison.Ordinal);
            if (v < 0) return false;
            sum += v * Weights[i];
        }
        var check = (31 - sum % 31) % 31;
        return code[17] == Charset[check];
    }
}
