using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>Section <c>Channels:hotline12345</c>: the city's hand-off interface.</summary>
public sealed class Hotline12345Options : ChannelOptions
{
    public const string Key = "hotline12345";

    public string? AppKey { get; set; }

    /// <summary>Secret of the HMAC signature (never logged).</summary>
    public string? AppSecret { get; set; }

    [System.ComponentModel.DataAnnotations.Range(1, 500, ErrorMessage = "PageSize must be between 1 and 500")]
    public int PageSize { get; set; } = 100;

    /// <summary>Where the first poll starts (China time, yyyy-MM-dd HH:mm:ss); default: 7 days ago.</summary>
    public string? StartFrom { get; set; }

    /// <summary>Accepted clock difference of signed pushes.</summary>
    public int PushWindowSeconds { get; set; } = 300;

    public override IEnumerable<string> Problems(string key) =>
        base.Problems(key).Concat(Enabled ? Require(key, ("AppKey", AppKey), ("AppSecret", AppSecret)) : []);
}
