using System.ComponentModel.DataAnnotations;

namespace YiQiSuBan.Core.Supervision;

/// <summary>The periodic overdue scan (section <c>Supervision</c>).</summary>
public sealed class SupervisionOptions
{
    public const string Section = "Supervision";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool ScanEnabled { get; set; } = true;
}
