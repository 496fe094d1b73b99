using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>The city hub's open API for status back (section <c>BackChannels:CityHub</c>); empty BaseUrl turns it off.</summary>
public sealed class CityHubBackOptions : IValidatableObject
{
    public const string Section = "BackChannels:CityHub";

    public string? BaseUrl { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _)) yield return new ValidationResult($"{Section}:BaseUrl must be an absolute URL.");
        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret)) yield return new ValidationResult($"{Section} needs ClientId and ClientSecret.");
    }
}
