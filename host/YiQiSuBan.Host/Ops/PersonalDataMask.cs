using System.Text.RegularExpressions;
using YiQiSuBan.Connectors.Privacy;
using YiQiSuBan.Core.Mapping;

namespace YiQiSuBan.Host.Ops;

/// <summary>
/// Masks personal data in a raw payload shown to an operator: resident ID numbers, mobile and landline numbers
/// anywhere, and the values of the name fields the mappings read complainant names from (JSON, XML, HTML/label
/// text "姓名：…"). The first character of a name stays.
/// </summary>
public sealed partial class PersonalDataMask
{
    private static readonly string[] LabelNames = ["姓名", "联系人", "来信人", "来电人", "投诉人", "反映人", "留言人"];
    private readonly Regex _jsonName, _xmlName, _labelName;
    private readonly HashSet<string> _nameFields;

    public PersonalDataMask(MappingCatalog catalog)
    {
        var fields = catalog.Channels
            .SelectMany(c => catalog.Mapping(c).ComplainantName?.From ?? [])
            .Select(f => f[(f.LastIndexOf('.') + 1)..])
            .Concat(LabelNames).Concat(["name", "realName", "contactName"])
            .Distinct(StringComparer.Ordinal).ToList();
        _nameFields = new HashSet<string>(fields, StringComparer.Ordinal);
        var alternatives = string.Join('|', fields.Select(Regex.Escape));
        _jsonName = new Regex($"(\"(?:{alternatives})\"\\s*:\\s*\")([^\"]*)(\")", RegexOptions.CultureInvariant);
        _xmlName = new Regex($"(<(?:{alternatives})>)([^<]*)(</)", RegexOptions.CultureInvariant);
        _labelName = new Regex($"((?:{string.Join('|', LabelNames)})\\s*[:：]\\s*(?:<[^>]+>\\s*)*)([^\\s<,，;；]{{1,12}})()", RegexOptions.CultureInvariant);
    }

    public string Mask(string text)
    {
        text = IdNumber().Replace(text, m => IdNumberMask.Mask(m.Value)!);
        text = Mobile().Replace(text, "$1****$2");
        text = Landline().Replace(text, "$1****$2");
        foreach (var names in new[] { _jsonName, _xmlName, _labelName })
            text = names.Replace(text, m => m.Groups[1].Value + MaskName(m.Groups[2].Value) + m.Groups[3].Value);
        return MaskNameColumns(text);
    }

    /// <summary>CSV: after a header row naming a name field, masks that column of the rows below (simple comma split).</summary>
    private string MaskNameColumns(string text)
    {
        var lines = text.Split('\n');
        int[] columns = [];
        for (var i = 0; i < lines.Length; i++)
        {
            var cells = lines[i].TrimEnd('\r').Split(',');
            var named = cells.Select((c, k) => (c, k)).Where(x => _nameFields.Contains(x.c.Trim().Trim('"'))).Select(x => x.k).ToArray();
            if (named.Length > 0) { columns = named; continue; }
            if (columns.Length == 0) continue;
            foreach (var k in columns.Where(k => k < cells.Length && cells[k].Length > 0)) cells[k] = MaskName(cells[k]);
            lines[i] = string.Join(',', cells) + (lines[i].EndsWith('\r') && !cells[^1].EndsWith('\r') ? "\r" : "");
        }
        return string.Join('\n', lines);
    }

    private static string MaskName(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length == 0 ? name : trimmed[..1] + new string('*', Math.Max(1, Math.Min(trimmed.Length - 1, 3)));
    }

    [GeneratedRegex(@"(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9])(0[0-9]{2,3}-?)[0-9]{3,4}([0-9]{4})(?![0-9])")]
    private static partial Regex Landline();
}
