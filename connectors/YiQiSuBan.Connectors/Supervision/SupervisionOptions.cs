using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>Section <c>Channels:supervision</c>: the provincial platform's transfer orders (bearer token, XML).</summary>
public sealed class SupervisionOptions : ChannelOptions
{
    public const string Key = "supervision";

    /// <summary>Bearer token issued by the province (never logged).</summary>
    public string? Token { get; set; }

    public string OrgCode { get; set; } = "370404000000";

    /// <summary>First <c>since</c> (yyyyMMddHHmmss, China time); default 30 days ago.</summary>
    public string? StartFrom { get; set; }

    public override IEnumerable<string> Problems(string key) =>
        base.Problems(key).Concat(Enabled ? Require(key, ("Token", Token), ("OrgCode", OrgCode)) : []);
}
