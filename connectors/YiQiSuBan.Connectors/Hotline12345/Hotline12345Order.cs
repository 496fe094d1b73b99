namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>The paging keys of one work order on a pull page (the transport reads nothing else).</summary>
public sealed record Hotline12345Order(string OrderNo, long Version, string UpdateTime);
