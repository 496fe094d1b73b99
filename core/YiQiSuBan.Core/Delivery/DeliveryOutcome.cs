namespace YiQiSuBan.Core.Delivery;

/// <summary>What one delivery attempt came to.</summary>
public sealed record DeliveryOutcome
{
    public required DeliveryResult Result { get; init; }

    /// <summary>Why it failed: HTTP status or counterpart code and message, never personal data.</summary>
    public string? Error { get; init; }

    /// <summary>The counterpart asked to wait this long (Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static DeliveryOutcome Delivered { get; } = new() { Result = DeliveryResult.Delivered };

    public static DeliveryOutcome Retry(string error, TimeSpan? after = null) => new() { Result = DeliveryResult.Retry, Error = error, RetryAfter = after };

    public static DeliveryOutcome Park(string error) => new() { Result = DeliveryResult.Park, Error = error };
}

/// <summary>Delivered, try again later, or give up (park) at once.</summary>
public enum DeliveryResult { Delivered, Retry, Park }
