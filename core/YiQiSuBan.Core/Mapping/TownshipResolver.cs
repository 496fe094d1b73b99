using System.Text.RegularExpressions;

namespace YiQiSuBan.Core.Mapping;

/// <summary>
/// Finds the township of a complaint from a 9-digit code, a short or long name (榴园, 峄城区榴园镇),
/// or the first township name written in free text (address, title, content).
/// </summary>
public sealed partial class TownshipResolver
{
    private readonly Dictionary<string, Township> _byCode;
    private readonly List<(string Name, Township Township)> _names;

    public TownshipResolver(IEnumerable<Township> townships)
    {
        var list = townships.ToList();
        _byCode = list.ToDictionary(t => t.Code);
        _names = list.SelectMany(t => t.Aliases.Append(t.Name).Select(n => (n, t)))
            .OrderByDescending(x => x.Item1.Length).ToList();
    }

    public IReadOnlyCollection<Township> All => _byCode.Values;

    /// <summary>A 9-digit township code, or the 12-digit statistical area code of a township (370404100000).</summary>
    public Township? FromCode(string? code)
    {
        if (code is null) return null;
        var c = code.Trim();
        if (c.Length == 12 && c.EndsWith("000", StringComparison.Ordinal)) c = c[..9];
        return _byCode.TryGetValue(c, out var t) ? t : null;
    }

    /// <summary>A field that holds only a name, short or long.</summary>
    public Township? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var n = name.Trim();
        foreach (var (alias, t) in _names)
            if (n.Equals(alias, StringComparison.Ordinal) || n.EndsWith(alias, StringComparison.Ordinal)) return t;
        return FromText(n);
    }

    /// <summary>
    /// The township whose name appears first in the text (longest name wins at a position). A name that is part of
    /// a road's name (阴平路, 古邵大街, 坛山中路) is not a township mention.
    /// </summary>
    public Township? FromText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        Township? best = null;
        var bestAt = int.MaxValue;
        foreach (var (alias, t) in _names)
        {
            if (alias.Length < 2) continue;
            var at = text.IndexOf(alias, StringComparison.Ordinal);
            while (at >= 0 && RoadSuffix().IsMatch(text.AsSpan(at + alias.Length)))
                at = text.IndexOf(alias, at + alias.Length, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt) { best = t; bestAt = at; }
        }
        return best;
    }

    [GeneratedRegex(@"^[东西南北中]?(?:路|大街|大道|街(?!道)|巷|胡同)")]
    private static partial Regex RoadSuffix();
}
