using System.Globalization;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>The paging keys of one work order on a pull page (the transport reads nothing else).</summary>
public sealed record Hotline12345Order(string OrderNo, long Version, string UpdateTime)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>orderNo@version, the key a boundary checkpoint remembers.</summary>
    public string Key => SeenKey(OrderNo, Version);

    public static string SeenKey(string orderNo, long version) => orderNo + "@" + version.ToString(CultureInfo.InvariantCulture);
}
