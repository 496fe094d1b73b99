using System.Text.RegularExpressions;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>Finds a letter's objid (the key of its detail page URL) in a link or a request path.</summary>
internal static partial class MailObjId
{
    [GeneratedRegex(@"objid=([0-9A-Za-z_-]+)")]
    private static partial Regex Pattern();

    public static string? Find(string? text) =>
        text is not null && Pattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;
}
