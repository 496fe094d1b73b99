using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Delivery;

/// <summary>
/// Where the case system takes pushed feed events (section <c>CaseSystem</c>; env CaseSystem__Url, CaseSystem__Secrets__0).
/// No URL: push is off and only the pull feed serves the case system.
/// </summary>
public sealed class CaseSystemOptions : IValidatableObject
{
    public const string Section = "CaseSystem";

    /// <summary>The receiver's URL; empty turns push off.</summary>
    public string? Url { get; set; }

    /// <summary>whsec_… secrets; the first signs, every listed one adds a signature (key rotation).</summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>Time allowed for one POST.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            yield return new ValidationResult("CaseSystem:Url must be an absolute http(s) URL.", [nameof(Url)]);
        if (Secrets.Count == 0)
            yield return new ValidationResult("CaseSystem:Secrets needs at least one whsec_… secret when CaseSystem:Url is set.", [nameof(Secrets)]);
        for (var i = 0; i < Secrets.Count; i++)
            if (!WebhookSigner.IsValidSecret(Secrets[i]))
                yield return new ValidationResult($"CaseSystem:Secrets:{i} is not a whsec_<base64> secret.", [nameof(Secrets)]);
    }
}
