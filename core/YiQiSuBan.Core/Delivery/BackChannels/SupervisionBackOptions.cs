using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>The provincial platform's reply API (section <c>BackChannels:Supervision</c>); empty BaseUrl turns it off.</summary>
public sealed class SupervisionBackOptions : IValidatableObject
{
    public const string Section = "BackChannels:Supervision";

    public string? BaseUrl { get; set; }

    /// <summary>Bearer token issued by the province.</summary>
    public string? Token { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _)) yield return new ValidationResult($"{Section}:BaseUrl must be an absolute URL.");
        if (string.IsNullOrWhiteSpace(Token)) yield return new ValidationResult($"{Section}:Token is required.");
    }
}
