using System.Globalization;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Names live payloads like the recorded ones: <c>yyyyMMddTHHmmss-KIND[-SUFFIX].EXT</c> in China time.</summary>
public static class PayloadNames
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static string Make(DateTimeOffset at, string kind, string? suffix, string extension)
    {
        var stamp = at.ToOffset(China).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        var safe = suffix is null ? "" : "-" + new string(suffix.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return $"{stamp}-{kind}{safe}.{extension}";
    }
}
