using System.Text;
using System.Text.RegularExpressions;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Dedupe;

/// <summary>
/// Who filed a complaint, as comparable keys: <c>phone:…</c> (complainant phone and phones written in the text),
/// <c>cc:…</c> (credit code, also from the text), <c>ent:…</c> (normalized enterprise name, also after 企业名称： and in a
/// signature such as 我是…公司的负责人) and <c>name:…</c> (the complainant's surname, also from masked names 谭** / 谭某).
/// Phone, credit code and enterprise identify a complainant (lookup keys); a surname only tells two complainants apart
/// (it conflicts, it never agrees on its own). Keys are personal data: they live in the store's index only and are never logged.
/// </summary>
public static partial class IdentityKeys
{
    /// <summary>The identity fields, in the order explanations list them.</summary>
    public static readonly string[] Fields = ["phone", "cc", "ent", "name"];

    /// <summary>Fields that identify a complainant on their own (and are lookup keys).</summary>
    public static readonly string[] IdentifyingFields = ["phone", "cc", "ent"];

    /// <summary>The field that can only tell complainants apart.</summary>
    public const string SurnameField = "name";

    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")]
    private static partial Regex CreditCodeInText();

    [GeneratedRegex(@"(?:企业名称|公司名称|单位名称)[:：]\s*([^，,。；;）)\s]+)")]
    private static partial Regex EnterpriseInText();

    [GeneratedRegex(@"我(?:是|们是)([^，,。；;！!？?\s]{2,40}?(?:公司|经营部|厂|店|合作社|商行|门市部|工作室))的?(?:负责人|法人|法定代表人|老板|经理|员工)")]
    private static partial Regex EnterpriseInSignature();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex StartsWithHan();

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
        foreach (Match m in EnterpriseInSignature().Matches(text))
            if (EnterpriseNames.Normalize(m.Groups[1].Value) is { } n) keys.Add("ent:" + n);
        if (Surname(c.Complainant.Name) is { } surname) keys.Add("name:" + surname);
        return keys.ToList();
    }

    /// <summary>The surname of a (possibly masked) Chinese name: its first character; null for 匿名, 某某 or other scripts.</summary>
    public static string? Surname(string? name)
    {
        var n = name?.Trim().Normalize(NormalizationForm.FormKC);
        if (string.IsNullOrEmpty(n) || !StartsWithHan().IsMatch(n) || n.StartsWith("匿名", StringComparison.Ordinal)) return null;
        return n[0] is '某' or '无' or '先' or '女' ? null : n[..1];
    }

    /// <summary>True for keys that identify a complainant on their own (phone, credit code, enterprise).</summary>
    public static bool Identifies(string key) => !key.StartsWith(SurnameField + ":", StringComparison.Ordinal);

    /// <summary>True when <paramref name="key"/> is of <paramref name="field"/> (<c>field:…</c>).</summary>
    public static bool IsOf(string key, string field) =>
        key.Length > field.Length && key[field.Length] == ':' && key.StartsWith(field, StringComparison.Ordinal);

    /// <summary>The field of a key (phone, cc, ent).</summary>
    public static string FieldOf(string key) => key[..key.IndexOf(':', StringComparison.Ordinal)];
}
