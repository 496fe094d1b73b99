using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>Section <c>Channels:city-hub</c>: the city data middle-store (webhooks + OAuth2 backfill pull).</summary>
public sealed class CityHubOptions : ChannelOptions
{
    public const string Key = "city-hub";

    public string? ClientId { get; set; }

    /// <summary>OAuth2 client secret (never logged).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Standard Webhooks secret, <c>whsec_&lt;base64&gt;</c> (never logged).</summary>
    public string? WebhookSecret { get; set; }

    public string DistrictCode { get; set; } = "370404";

    [System.ComponentModel.DataAnnotations.Range(1, 200, ErrorMessage = "PageLimit must be between 1 and 200")]
    public int PageLimit { get; set; } = 200;

    /// <summary>How long webhook ids are remembered (the city retries for up to 3 days).</summary>
    public double WebhookDedupeDays { get; set; } = 4;

    public override IEnumerable<string> Problems(string key)
    {
        foreach (var p in base.Problems(key)) yield return p;
        if (!Enabled) yield break;
        foreach (var p in Require(key, ("ClientId", ClientId), ("ClientSecret", ClientSecret), ("WebhookSecret", WebhookSecret), ("DistrictCode", DistrictCode))) yield return p;
        if (WebhookSecret is { Length: > 0 } s && !StandardWebhookSignature.TryReadSecret(s, out _))
            yield return $"Channels:{key}:WebhookSecret must be whsec_<base64>";
        if (WebhookDedupeDays < 3) yield return $"Channels:{key}:WebhookDedupeDays must be at least 3 (the city retries for 3 days)";
    }
}
