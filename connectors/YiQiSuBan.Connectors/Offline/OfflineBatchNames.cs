using System.Text.RegularExpressions;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>Names an uploaded or dropped batch like the recorded ones (a time prefix), keeping the collector's file name.</summary>
public static partial class OfflineBatchNames
{
    [GeneratedRegex(@"^\d{8}T\d{6}-")]
    private static partial Regex Stamped();

    public static string For(string fileName, DateTimeOffset at)
    {
        var name = Path.GetFileName(fileName);
        if (Stamped().IsMatch(name)) return name;
        var stamp = PayloadNames.Make(at, "x", null, "x")[..15];
        return $"{stamp}-{name}";
    }

    public static bool IsBatch(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".csv" or ".xlsx";
}
