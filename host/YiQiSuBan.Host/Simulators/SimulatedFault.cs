namespace YiQiSuBan.Host.Simulators;

/// <summary>A fault a simulator plays instead of its next answer (tests and demo ask for them on demand).</summary>
public sealed record SimulatedFault
{
    public int? Status { get; init; }
    public int? RetryAfterSeconds { get; init; }
    public TimeSpan? Delay { get; init; }

    /// <summary>Answers 200 with a body cut in the middle.</summary>
    public bool Truncated { get; init; }

    /// <summary>Answers HTTP 200 with this business error code in the channel's envelope.</summary>
    public string? BusinessCode { get; init; }

    public static SimulatedFault Http(int status, int? retryAfter = null) => new() { Status = status, RetryAfterSeconds = retryAfter };
    public static SimulatedFault Slow(TimeSpan delay) => new() { Delay = delay };
    public static SimulatedFault Cut() => new() { Truncated = true };
    public static SimulatedFault Business(string code) => new() { BusinessCode = code };
}
