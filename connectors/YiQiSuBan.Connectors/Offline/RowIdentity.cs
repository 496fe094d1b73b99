using System.Security.Cryptography;
using System.Text;
using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// The source id of a batch row, derived from what a collector would not change when fixing a row: the complaint
/// text and who collected it (white space, width and markup ignored). The same row in a re-sent file or in
/// another file gets the same id; a row whose phone, date, township or enterprise was fixed keeps its id.
/// The same text collected by two collectors stays two complaints.
/// </summary>
public static class RowIdentity
{
    public static string For(string content, string? collector)
    {
        var key = Fold(content) + "\n" + Fold(collector);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "row-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    private static string Fold(string? text)
    {
        var cleaned = TextCleaner.Clean(text) ?? "";
        var sb = new StringBuilder(cleaned.Length);
        foreach (var ch in cleaned.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(ch)) sb.Append(ch);
        return sb.ToString();
    }
}
