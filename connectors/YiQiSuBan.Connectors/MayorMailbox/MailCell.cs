using HtmlAgilityPack;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>Reads table cells of mailbox pages as source-field text.</summary>
internal static class MailCell
{
    /// <summary>The cell's text with entities decoded and trimmed; null when blank.</summary>
    public static string? Text(HtmlNode? cell)
    {
        if (cell is null) return null;
        var text = HtmlEntity.DeEntitize(cell.InnerText).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The cell's markup as received (for free text: &lt;br&gt; and &amp;nbsp; are turned into plain text by the
    /// mapping's text cleaning); null when it holds no text.
    /// </summary>
    public static string? Markup(HtmlNode? cell) => Text(cell) is null ? null : cell!.InnerHtml;
}
