using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Settings every channel has (section <c>Channels:&lt;key&gt;</c>), including its resilience budget.</summary>
public abstract class ChannelOptions
{
    /// <summary>Off unless configured: a channel without its settings stays quiet.</summary>
    public bool Enabled { get; set; }

    /// <summary>The counterpart's base address (unused by the offline channel).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Cron expression of the poll (Hangfire), e.g. "*/5 * * * *".</summary>
    [Required(ErrorMessage = "Schedule (a cron expression) is required")]
    public string Schedule { get; set; } = "*/5 * * * *";

    /// <summary>Timeout of one HTTP attempt.</summary>
    [Range(0.05, 600, ErrorMessage = "TimeoutSeconds must be between 0.05 and 600")]
    public double TimeoutSeconds { get; set; } = 15;

    [Range(0, 20, ErrorMessage = "MaxRetries must be between 0 and 20")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    [Range(0, 60000, ErrorMessage = "RetryBaseDelayMs must be between 0 and 60000")]
    public int RetryBaseDelayMs { get; set; } = 1000;

    /// <summary>Longest Retry-After the connector waits for within a run (a longer one fails the run; the next run retries).</summary>
    [Range(0, 3600, ErrorMessage = "MaxRetryAfterSeconds must be between 0 and 3600")]
    public double MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>Requests per second allowed to this counterpart (shared by all calls to it).</summary>
    [Range(0.01, 1000, ErrorMessage = "RequestsPerSecond must be between 0.01 and 1000")]
    public double RequestsPerSecond { get; set; } = 5;

    /// <summary>Checks the options that depend on the channel; returns the problems.</summary>
    public virtual IEnumerable<string> Problems(string key)
    {
        if (Enabled && BaseUrl is null && NeedsBaseUrl) yield return $"Channels:{key}:BaseUrl is required when the channel is enabled";
        if (!Cron.LooksValid(Schedule)) yield return $"Channels:{key}:Schedule '{Schedule}' is not a 5- or 6-field cron expression";
    }

    /// <summary>False for channels that do not call out (offline).</summary>
    protected virtual bool NeedsBaseUrl => true;

    /// <summary>Requires a non-empty setting; the message names the setting, never its value.</summary>
    protected static IEnumerable<string> Require(string key, params (string Name, string? Value)[] settings) =>
        settings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => $"Channels:{key}:{s.Name} is required (env Channels__{key}__{s.Name})");
}
