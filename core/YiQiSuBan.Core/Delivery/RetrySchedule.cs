namespace YiQiSuBan.Core.Delivery;

/// <summary>Exponential backoff with full jitter (between half and the whole step), bounded by a horizon after which a message is parked.</summary>
public sealed class RetrySchedule(OutboxOptions options, Random? random = null)
{
    private readonly Random _random = random ?? Random.Shared;

    /// <summary>When to try again after attempt number <paramref name="attempts"/> failed, or null to park.</summary>
    public DateTimeOffset? Next(DateTimeOffset createdAt, int attempts, DateTimeOffset now, TimeSpan? requested = null)
    {
        var step = options.InitialRetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempts - 1, 30));
        step = Math.Min(step, options.MaxRetryDelay.TotalMilliseconds);
        var delay = TimeSpan.FromMilliseconds(step * (0.5 + (_random.NextDouble() / 2)));
        if (requested is { } asked && asked > delay) delay = asked;
        var next = now + delay;
        return next > createdAt + options.RetryHorizon ? null : next;
    }
}
