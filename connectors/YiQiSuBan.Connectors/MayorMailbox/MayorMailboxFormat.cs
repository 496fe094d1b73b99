using HtmlAgilityPack;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// Reads 区长信箱 pages (GB2312/GBK, decoded as GB18030): a letter's detail page (table.mail_detail) into one
/// full record, a list page (table.mail_list) into partial records that carry the 办理状态 shown only there.
/// A non-empty page that yields no letter means the site's layout changed: it fails with "layout changed: …".
/// </summary>
public sealed class MayorMailboxFormat : IChannelFormat
{
    public string Channel => "mayor-mailbox";

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        var html = MailboxPageDecoder.Decode(payload.Bytes.Span);
        if (string.IsNullOrWhiteSpace(html)) return [ParseResult.Fail("the page is empty")];
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var root = doc.DocumentNode;
        if (root.SelectSingleNode(MailXPath.TableWithClass("mail_detail")) is { } detail)
            return [MailDetailPage.Read(Channel, detail, payload)];
        if (root.SelectSingleNode(MailXPath.TableWithClass("mail_list")) is { } list)
            return MailListPage.Read(Channel, list, root, payload).ToList();
        var title = MailCell.Text(root.SelectSingleNode("//title")) ?? "(no title)";
        return [ParseResult.Fail($"layout changed: the page '{title}' has neither table.mail_detail nor table.mail_list")];
    }
}
