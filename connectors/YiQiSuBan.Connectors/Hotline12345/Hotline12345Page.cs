namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>One pull page: its bytes as received and the paging keys of its orders.</summary>
public sealed record Hotline12345Page(byte[] Bytes, int Total, IReadOnlyList<Hotline12345Order> Orders);
