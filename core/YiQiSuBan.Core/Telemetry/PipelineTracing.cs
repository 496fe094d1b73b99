using System.Diagnostics;

namespace YiQiSuBan.Core.Telemetry;

/// <summary>Spans around each pipeline stage (parse, map, validate, match, persist), tagged with the channel only.</summary>
public static class PipelineTracing
{
    public const string SourceName = "YiQiSuBan.Pipeline";

    private static readonly ActivitySource Source = new(SourceName, "1.0");

    /// <summary>Starts a stage span (null when nobody listens).</summary>
    public static Activity? Stage(string stage, string channel)
    {
        var activity = Source.StartActivity("pipeline." + stage);
        activity?.SetTag("yqsb.channel", channel);
        return activity;
    }
}
