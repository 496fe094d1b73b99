using System.Globalization;

namespace YiQiSuBan.Core.Delivery.BackChannels;

/// <summary>China Standard Time (+08:00) formatting for counterparts that want local clock text.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>yyyy-MM-dd HH:mm:ss in +08:00.</summary>
    public static string Text(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
