using System.Text;
using System.Text.RegularExpressions;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Who filed a complaint, as comparable keys: <c>phone:…</c> (complainant phone and phones written in the text),
/// <c>cc:…</c> (credit code, also from the text) and <c>ent:…</c> (normalized enterprise name, also after 企业名称：).
/// Keys are personal data: they live in the store's index only and are never logged.
/// </summary>
public static partial class IdentityKeys
{
    /// <summary>The identity fields, in the order explanations list them.</summary>
    public static readonly string[] Fields = ["phone", "cc", "ent"];

    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")]
    private static partial Regex CreditCodeInText();

    [GeneratedRegex(@"(?:企业名称|公司名称|单位名称)[:：]\s*([^，,。；;）)\s]+)")]
    private static partial Regex EnterpriseInText();

    /// <summary>Sorted distinct keys of a complaint.</summary>
    public static IReadOnlyList<string> Of(Complaint c)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var text = ((c.Title ?? "") + " " + c.Content).Normalize(NormalizationForm.FormKC);
        if (PhoneNormalizer.Normalize(c.Complainant.Phone) is { } phone) keys.Add("phone:" + phone);
        foreach (var p in PhoneNormalizer.FindAllInText(text)) keys.Add("phone:" + p);
        if (CreditCode.Normalize(c.Enterprise?.CreditCode) is { Length: 18 } code) keys.Add("cc:" + code);
        foreach (Match m in CreditCodeInText().Matches(text.ToUpperInvariant()))
            if (m.Value.Any(char.IsAsciiLetter) || CreditCode.IsValid(m.Value)) keys.Add("cc:" + m.Value);
        if (EnterpriseNames.Normalize(c.Enterprise?.Name) is { } name) keys.Add("ent:" + name);
        foreach (Match m in EnterpriseInText().Matches(text))
            if (EnterpriseNames.Normalize(m.Groups[1].Value) is { } n) keys.Add("ent:" + n);
        return keys.ToList();
    }

    /// <summary>The field of a key (phone, cc, ent).</summary>
    public static string FieldOf(string key) => key[..key.IndexOf(':', StringComparison.Ordinal)];
}
