using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Delivery;

/// <summary>How the outbox dispatcher retries and polls (section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How long a message is retried before it is parked (default 3 days).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "30.00:00:00")]
    public TimeSpan RetryHorizon { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Delay before the first retry; doubles per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest delay between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the dispatcher looks for due messages when idle.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Messages taken per round (each of a different complaint and target).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;

    /// <summary>POSTs in flight at once.</summary>
    [Range(1, 256)]
    public int MaxParallel { get; set; } = 16;

    /// <summary>
    /// How long a dispatcher holds the messages of one round before another node may send them again (when it died
    /// mid-round). Longer than a round's sends take: its timeouts times its retries.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Off: no dispatcher runs in this process (e.g. a CLI run).</summary>
    public bool DispatcherEnabled { get; set; } = true;
}
