using System.Text.RegularExpressions;
using HtmlAgilityPack;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// What the transport needs from a list page: each letter's number, status and detail link, and the page count.
/// A page with content that yields no letter and does not say "共 0 页" means the layout changed.
/// </summary>
public sealed partial record MailboxListing(byte[] Bytes, IReadOnlyList<MailboxListing.Letter> Letters, int PageCount)
{
    /// <summary>One row of the list.</summary>
    public sealed record Letter(string Number, string Status, string DetailHref);

    [GeneratedRegex(@"共\s*(\d+)\s*页")]
    private static partial Regex PageCountText();

    public static MailboxListing Read(byte[] bytes)
    {
        var html = MailboxPageDecoder.Decode(bytes);
        if (!html.Contains("</html>", StringComparison.OrdinalIgnoreCase))
            throw new CounterpartException(MayorMailboxOptions.Key, "truncated", "the list page ended before </html>", transient: true);
        var doc = new HtmlDocument();
        doc.LoadHtml(html);
        var letters = new List<Letter>();
        foreach (var row in doc.DocumentNode.SelectNodes(MailXPath.TableWithClass("mail_list") + "//tr[" + MailXPath.HasClass("tr_css") + "]") ?? Enumerable.Empty<HtmlNode>())
        {
            var cells = row.SelectNodes("td");
            var link = row.SelectSingleNode(".//a[@href]");
            if (cells is null || cells.Count < 5 || link is null) continue;
            letters.Add(new Letter(HtmlEntity.DeEntitize(cells[0].InnerText).Trim(), HtmlEntity.DeEntitize(cells[4].InnerText).Trim(), HtmlEntity.DeEntitize(link.GetAttributeValue("href", ""))));
        }
        var count = PageCountText().Match(doc.DocumentNode.InnerText) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1;
        if (letters.Count == 0 && count != 0 && doc.DocumentNode.InnerText.Trim().Length > 0)
            throw new LayoutDriftException("mayor-mailbox: a non-empty list page yielded no letter (table.mail_list / tr.tr_css not found): the site layout changed");
        return new MailboxListing(bytes, letters, Math.Max(count, 1));
    }
}
