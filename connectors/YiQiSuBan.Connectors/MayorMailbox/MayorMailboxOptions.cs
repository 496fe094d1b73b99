using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.MayorMailbox;

/// <summary>Section <c>Channels:mayor-mailbox</c>: the district site's public letters (scraped, ≤ 1 request/s).</summary>
public sealed class MayorMailboxOptions : ChannelOptions
{
    public const string Key = "mayor-mailbox";

    public MayorMailboxOptions() => RequestsPerSecond = 1;

    public string SysId { get; set; } = "6";

    /// <summary>List pages re-read every poll so edited recent letters (reply added, status changed) are noticed.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 50, ErrorMessage = "RecheckPages must be between 1 and 50")]
    public int RecheckPages { get; set; } = 2;

    /// <summary>Most list pages read in one poll (the first poll walks back this far).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1000, ErrorMessage = "MaxPages must be between 1 and 1000")]
    public int MaxPages { get; set; } = 50;

    public override IEnumerable<string> Problems(string key) =>
        base.Problems(key).Concat(Enabled ? Require(key, ("SysId", SysId)) : []);
}
