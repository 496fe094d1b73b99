using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Host.Ops;

/// <summary>Settings of the ops console and metrics (section <c>Ops</c>).</summary>
public sealed class OpsOptions
{
    public const string Section = "Ops";

    /// <summary>How often store-derived gauges (outbox, cards, lag) are sampled.</summary>
    [Range(0.05, 3600)]
    public double MetricsSampleSeconds { get; set; } = 15;
}
