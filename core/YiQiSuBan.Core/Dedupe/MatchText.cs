using System.Text;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Text as the matcher compares it: NFKC (full-width → half-width), lower case, greetings and courtesy
/// phrases removed, punctuation and white space dropped; and its character-bigram shingles.
/// </summary>
public static class MatchText
{
    private static readonly string[] Greetings =
    [
        "尊敬的各位领导", "尊敬的政府领导", "尊敬的市领导", "尊敬的区领导", "尊敬的领导", "尊敬的书记", "尊敬的区长", "尊敬的市长",
        "领导您好", "领导你好", "书记您好", "区长您好", "市长您好", "您好", "你好", "谢谢领导", "谢谢您", "谢谢", "此致敬礼", "此致", "敬礼",
        "来电人反映", "来电反映", "网友反映", "_x000d_",
    ];

    /// <summary>The comparable form of a title + content.</summary>
    public static string Normalize(string? title, string? content)
    {
        var text = ((title ?? "") + " " + (content ?? "")).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        foreach (var g in Greetings) text = text.Replace(g, " ", StringComparison.Ordinal);
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
        return sb.ToString();
    }

    /// <summary>Distinct character bigrams of a normalized text (the text itself when shorter than two); <see cref="ShingleSet"/> is the packed form matching uses.</summary>
    public static HashSet<string> Shingles(string normalized)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (normalized.Length < 2)
        {
            if (normalized.Length > 0) set.Add(normalized);
            return set;
        }
        for (var i = 0; i + 2 <= normalized.Length; i++) set.Add(normalized.Substring(i, 2));
        return set;
    }
}
