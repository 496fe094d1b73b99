using Microsoft.Extensions.Options;

namespace YiQiSuBan.Core.Audit;

/// <summary>Rejects unusable <see cref="AuditOptions"/> at start with every problem named.</summary>
public sealed class AuditOptionsValidator : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
