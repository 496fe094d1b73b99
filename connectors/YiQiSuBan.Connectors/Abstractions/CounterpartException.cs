namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>
/// The counterpart refused or failed a call: an HTTP status or a business error code. <see cref="Transient"/> ones
/// are retried by the resilience pipeline (honouring <see cref="RetryAfter"/>); the rest fail the run.
/// </summary>
public sealed class CounterpartException(string counterpart, string code, string message, bool transient, TimeSpan? retryAfter = null, bool unauthorized = false)
    : Exception($"{counterpart}: {code} {message}")
{
    public string Counterpart { get; } = counterpart;

    /// <summary>HTTP status (e.g. "503") or the channel's business code (e.g. "4290").</summary>
    public string Code { get; } = code;

    public bool Transient { get; } = transient;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The credentials were refused (401, expired token): get a new token before retrying.</summary>
    public bool Unauthorized { get; } = unauthorized;
}
