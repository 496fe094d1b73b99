using System.Text.RegularExpressions;
using HtmlAgilityPack;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// A list page: each tr.tr_css is one letter (信件编号, link with objid and title, 信件类型, 来信时间 date,
/// 办理状态, 受理单位) read as a partial record. The row says nothing of when its state changed, so it is
/// ordered by when the page was fetched: the state it shows held then.
/// </summary>
internal static partial class MailListPage
{
    public const string EventType = "list";
    private const int Cells = 6;

    [GeneratedRegex(@"共\s*0\s*页")]
    private static partial Regex NoPages();

    public static IEnumerable<ParseResult> Read(string channel, HtmlNode table, HtmlNode page, RawPayload payload)
    {
        var rows = table.SelectNodes($".//tr[{MailXPath.HasClass("tr_css")}]");
        if (rows is null || rows.Count == 0)
        {
            var count = MailCell.Text(page.SelectSingleNode($"//span[{MailXPath.HasClass("pagecount")}]"));
            if (count is not null && NoPages().IsMatch(count)) yield break;
            yield return ParseResult.Fail("layout changed: table.mail_list has no letter rows (tr.tr_css)");
            yield break;
        }
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            var cells = row.SelectNodes("td");
            if (cells is null || cells.Count < Cells)
            {
                yield return ParseResult.Fail($"layout changed: list row {n} has {cells?.Count ?? 0} cells, expected {Cells}", n);
                continue;
            }
            if (MailCell.Text(cells[0]) is not { } letterNo)
            {
                yield return ParseResult.Fail($"layout changed: list row {n} has no 信件编号", n);
                continue;
            }
            var link = cells[1].SelectSingleNode(".//a[@href]");
            var href = link is null ? null : HtmlEntity.DeEntitize(link.GetAttributeValue("href", ""));
            var fields = new Dictionary<string, string?>
            {
                [MailFields.LetterNo] = letterNo,
                [MailFields.ObjId] = MailObjId.Find(href),
                [MailFields.ListTitle] = MailCell.Text(cells[1]),
                [MailFields.ListType] = MailCell.Text(cells[2]),
                [MailFields.ListDate] = MailCell.Text(cells[3]),
                [MailFields.State] = MailCell.Text(cells[4]),
                [MailFields.Unit] = MailCell.Text(cells[5]),
            };
            yield return ParseResult.Ok(new SourceRecord
            {
                Channel = channel,
                SourceId = letterNo,
                EventType = EventType,
                IsPartial = true,
                Row = n,
                OccurredAt = payload.ReceivedAt,
                Fields = fields,
            });
        }
    }
}
