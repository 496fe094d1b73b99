using Microsoft.Extensions.Options;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Validates a channel's options with every problem listed by setting name (values, which may be secrets, are never shown).</summary>
public sealed class ChannelOptionsValidator<T>(string key) : IValidateOptions<T> where T : ChannelOptions
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var problems = options.Problems(key).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
