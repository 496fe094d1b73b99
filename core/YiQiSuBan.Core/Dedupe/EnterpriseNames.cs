using System.Text;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Enterprise names reduced to what identifies the enterprise: NFKC, no white space or brackets, region prefixes
/// (山东省, 枣庄市, 峄城区, township names…) and legal-form suffixes (有限公司, 股份, 分公司…) stripped.
/// </summary>
public static class EnterpriseNames
{
    private static readonly string[] Prefixes =
    [
        "山东省", "山东", "枣庄市", "枣庄", "峄城区", "峄城", "市中区", "薛城区", "台儿庄区", "山亭区", "滕州市",
        "坛山街道", "吴林街道", "古邵镇", "阴平镇", "底阁镇", "榴园镇", "峨山镇",
    ];

    private static readonly string[] Suffixes =
    [
        "股份有限公司", "有限责任公司", "有限公司", "分公司", "股份公司", "集团公司", "公司", "股份", "集团",
    ];

    /// <summary>The identifying core of a name; null when nothing is left.</summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        var s = sb.ToString();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var p in Prefixes)
                if (s.Length > p.Length && s.StartsWith(p, StringComparison.Ordinal)) { s = s[p.Length..]; changed = true; }
        }
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var suffix in Suffixes)
                if (s.Length > suffix.Length + 1 && s.EndsWith(suffix, StringComparison.Ordinal)) { s = s[..^suffix.Length]; changed = true; }
        }
        return s.Length >= 2 ? s : null;
    }
}
