using System.Xml.Linq;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>
/// One transfer order (ZBD element) as a source record: leaf elements become fields by their element names
/// (CDATA content included), FJLIST/FJ become attachments (attributes MC, DX, SM3, URL).
/// </summary>
public static class TransferOrderRecord
{
    public const string Channel = "supervision";

    /// <summary>The record, or a failure for this order alone; <paramref name="position"/> is the order's 1-based place in the document.</summary>
    public static ParseResult From(XElement zbd, int position)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        List<IReadOnlyDictionary<string, string?>>? attachments = null;
        foreach (var child in zbd.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "FJLIST")
            {
                attachments = child.Elements().Where(e => e.Name.LocalName == "FJ").Select(Attachment).ToList();
                continue;
            }
            if (child.HasElements) continue;
            fields[name] = child.Value;
        }

        var id = fields.GetValueOrDefault("ZBDH")?.Trim();
        if (string.IsNullOrEmpty(id)) return ParseResult.Fail($"transfer order #{position} has no ZBDH (转办单号)", position);
        fields["ZBDH"] = id;
        return ParseResult.Ok(new SourceRecord
        {
            Channel = Channel,
            SourceId = id,
            OccurredAt = TimeParser.Parse(fields.GetValueOrDefault("ZBSJ")) ?? TimeParser.Parse(fields.GetValueOrDefault("TJSJ")),
            EventType = "list",
            Row = position,
            Fields = fields,
            Attachments = attachments ?? [],
        });
    }

    private static IReadOnlyDictionary<string, string?> Attachment(XElement fj)
    {
        var a = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var attr in fj.Attributes()) a[attr.Name.LocalName] = attr.Value.Trim();
        foreach (var child in fj.Elements().Where(e => !e.HasElements)) a[child.Name.LocalName] = child.Value.Trim();
        if (a.GetValueOrDefault("SM3") is { Length: > 0 } sm3) a["SM3"] = sm3.ToLowerInvariant();
        return a;
    }
}
