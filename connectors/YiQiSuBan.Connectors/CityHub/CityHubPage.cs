namespace YiQiSuBan.Connectors.CityHub;

/// <summary>One backfill page: bytes as received, item count and the cursor to go on with.</summary>
public sealed record CityHubPage(byte[] Bytes, int Items, string? NextCursor, bool HasMore);
