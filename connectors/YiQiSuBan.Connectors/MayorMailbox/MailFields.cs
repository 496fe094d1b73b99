namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>
/// Source field names of the mailbox records. Detail fields use the page's labels; list rows use their own
/// names for what the detail carries better (a list title may be shortened, its date has no time), so a
/// list row never overwrites the detail's values. 办理状态 is shown on list pages only.
/// </summary>
internal static class MailFields
{
    public const string LetterNo = "信件编号";
    public const string Title = "信件标题";
    public const string SubmittedAt = "来信时间";
    public const string Content = "来信内容";
    public const string ReplyUnit = "答复单位";
    public const string ReplyAt = "答复时间";
    public const string ReplyContent = "答复内容";

    /// <summary>已答复 when the detail page shows a reply, else 未答复 (what the detail says of progress).</summary>
    public const string ReplyState = "答复状态";
    public const string Replied = "已答复";
    public const string NotReplied = "未答复";

    public const string ObjId = "objid";
    public const string State = "办理状态";
    public const string ListTitle = "列表标题";
    public const string ListType = "列表信件类型";
    public const string ListDate = "来信日期";
    public const string Unit = "受理单位";
}
