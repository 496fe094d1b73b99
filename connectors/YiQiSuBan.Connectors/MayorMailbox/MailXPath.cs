namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>XPath expressions for the mailbox pages' class-marked elements.</summary>
internal static class MailXPath
{
    public static string HasClass(string cls) => $"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')";

    public static string TableWithClass(string cls) => $"//table[{HasClass(cls)}]";
}
