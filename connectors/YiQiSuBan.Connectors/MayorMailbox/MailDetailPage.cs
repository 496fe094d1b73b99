using System.Text.RegularExpressions;
using HtmlAgilityPack;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// A letter's detail page: th/td rows by label. Free text (来信内容, 答复内容) is kept as markup for the mapping
/// to clean. A page that shows a reply carries 办理状态 empty: a list state seen before the reply no longer holds.
/// Orders by the latest of 来信时间 and 答复时间.
/// </summary>
internal static partial class MailDetailPage
{
    public const string EventType = "detail";

    private static readonly HashSet<string> FreeText = [MailFields.Content, MailFields.ReplyContent];

    [GeneratedRegex(@"[\s\u3000:：]+")]
    private static partial Regex LabelNoise();

    public static ParseResult Read(string channel, HtmlNode table, RawPayload payload)
    {
        var fields = new Dictionary<string, string?>();
        foreach (var row in table.SelectNodes(".//tr") ?? Enumerable.Empty<HtmlNode>())
        {
            var th = row.SelectSingleNode("th");
            var td = row.SelectSingleNode("td");
            if (th is null || td is null) continue;
            var label = LabelNoise().Replace(HtmlEntity.DeEntitize(th.InnerText), "");
            fields[label] = FreeText.Contains(label) ? MailCell.Markup(td) : MailCell.Text(td);
        }
        if (fields.Count == 0)
            return ParseResult.Fail("layout changed: table.mail_detail has no th/td rows");
        if (fields.GetValueOrDefault(MailFields.LetterNo) is not { } letterNo)
            return ParseResult.Fail("layout changed: the detail page has no 信件编号 row");

        if (MailObjId.Find(payload.Name) is { } objId) fields[MailFields.ObjId] = objId;
        var replied = fields.GetValueOrDefault(MailFields.ReplyContent) is not null;
        fields[MailFields.ReplyState] = replied ? MailFields.Replied : MailFields.NotReplied;
        if (replied) fields[MailFields.State] = "";
        IReadOnlyList<IReadOnlyDictionary<string, string?>> replies = replied
            ? [new Dictionary<string, string?>
            {
                [MailFields.ReplyUnit] = fields.GetValueOrDefault(MailFields.ReplyUnit),
                [MailFields.ReplyAt] = fields.GetValueOrDefault(MailFields.ReplyAt),
                [MailFields.ReplyContent] = fields[MailFields.ReplyContent],
            }]
            : [];

        var times = new[] { TimeParser.Parse(fields.GetValueOrDefault(MailFields.SubmittedAt)), TimeParser.Parse(fields.GetValueOrDefault(MailFields.ReplyAt)) };
        return ParseResult.Ok(new SourceRecord
        {
            Channel = channel,
            SourceId = letterNo,
            EventType = EventType,
            OccurredAt = times.Where(t => t is not null).Max(),
            Fields = fields,
            Replies = replies,
        });
    }
}
