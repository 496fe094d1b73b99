using System.Text;

namespace YiQiSuBan.Core.Mapping;

/// <summary>Evaluates a <see cref="FieldRule"/> against source fields.</summary>
internal static class RuleEvaluator
{
    public static string? Value(FieldRule? rule, IReadOnlyDictionary<string, string?> fields, MappingCatalog catalog)
    {
        if (rule is null) return null;
        var raw = rule.Const ?? (rule.Template is not null ? Fill(rule.Template, fields) : First(rule, fields));
        var value = rule.Table is null || raw is null ? raw : catalog.Table(rule.Table).Lookup(raw);
        return value ?? rule.Default;
    }

    /// <summary>Every non-blank source value the rule names, in order.</summary>
    public static IEnumerable<string> Values(FieldRule? rule, IReadOnlyDictionary<string, string?> fields)
    {
        if (rule is null) yield break;
        for (var i = 0; i < rule.From.Count; i++)
            if (NonBlank(fields, rule.From[i]) is { } v) yield return v;
    }

    /// <summary>The first of <see cref="Values"/>, without an iterator (every field of every record is mapped through here).</summary>
    private static string? First(FieldRule rule, IReadOnlyDictionary<string, string?> fields)
    {
        for (var i = 0; i < rule.From.Count; i++)
            if (NonBlank(fields, rule.From[i]) is { } v) return v;
        return null;
    }

    private static string? NonBlank(IReadOnlyDictionary<string, string?> fields, string name) =>
        fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

    private static string? Fill(string template, IReadOnlyDictionary<string, string?> fields)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open);
            if (close < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            if (!fields.TryGetValue(name, out var v) || string.IsNullOrEmpty(v)) return null;
            sb.Append(Uri.EscapeDataString(v));
            i = close + 1;
        }
        return sb.ToString();
    }
}
