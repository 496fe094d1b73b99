using System.Globalization;
using Microsoft.Extensions.Options;

namespace YiQiSuBan.Connectors.CityHub;

/// <summary>Checks a city-hub webhook: headers present, timestamp within 5 minutes, one signature valid.</summary>
public sealed class CityHubWebhookVerifier(IOptions<CityHubOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Null when genuine and fresh; otherwise why not.</summary>
    public string? Problem(string? id, string? timestamp, string? signatures, byte[] body)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signatures)) return "missing webhook headers";
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return "bad webhook-timestamp";
        if ((clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window) return "webhook-timestamp outside 5 minutes";
        if (!StandardWebhookSignature.TryReadSecret(options.Value.WebhookSecret ?? "", out var key)) return "webhook secret not configured";
        return StandardWebhookSignature.Verify(key, id, timestamp, body, signatures) ? null : "no valid signature";
    }
}
