using System.Globalization;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>Reads sample values out of a Prometheus text exposition.</summary>
public static class PrometheusText
{
    /// <summary>Sum of the samples of <paramref name="metric"/> whose label set contains every one of <paramref name="labels"/> (k="v").</summary>
    public static double Sum(string text, string metric, params string[] labels) =>
        text.Split('\n')
            .Where(l => l.StartsWith(metric + "{", StringComparison.Ordinal) || l.StartsWith(metric + " ", StringComparison.Ordinal))
            .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
            .Sum(l => double.Parse(l.Split(' ')[1], CultureInfo.InvariantCulture));

    public static bool Has(string text, string metric) => text.Split('\n').Any(l => l.StartsWith(metric, StringComparison.Ordinal));
}
