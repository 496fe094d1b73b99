using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>The 12345 city side's action API (section <c>BackChannels:Hotline12345</c>); empty BaseUrl turns it off.</summary>
public sealed class Hotline12345BackOptions : IValidatableObject
{
    public const string Section = "BackChannels:Hotline12345";

    public string? BaseUrl { get; set; }
    public string? AppKey { get; set; }
    public string? AppSecret { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BaseUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out _)) yield return new ValidationResult($"{Section}:BaseUrl must be an absolute URL.");
        if (string.IsNullOrWhiteSpace(AppKey) || string.IsNullOrWhiteSpace(AppSecret)) yield return new ValidationResult($"{Section} needs AppKey and AppSecret.");
    }
}
