using System.Net;

namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>An HTTP answer read to the end: status, body bytes and content type.</summary>
public sealed record CounterpartResponse(HttpStatusCode Status, byte[] Body, string? ContentType);
