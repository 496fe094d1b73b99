using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Json;

/// <summary>
/// Opens a JSON payload (UTF-8, with or without BOM). A malformed or truncated document gives an
/// operator-readable reason that names only the position, never the payload's text.
/// </summary>
public static class JsonPayload
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>The parsed root object, or null with <paramref name="error"/> saying why it cannot be read.</summary>
    public static JsonDocument? TryOpen(RawPayload payload, out string? error)
    {
        var bytes = payload.Bytes;
        if (bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            error = $"the {payload.Channel} payload is empty";
            return null;
        }
        try
        {
            var doc = JsonDocument.Parse(bytes, Options);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                error = null;
                return doc;
            }
            doc.Dispose();
            error = $"the {payload.Channel} payload is JSON but not an object";
            return null;
        }
        catch (JsonException e)
        {
            var where = e.BytePositionInLine is { } b ? $" (line {(e.LineNumber ?? 0) + 1}, byte {b + 1})" : "";
            error = IsTruncated(bytes.Span)
                ? $"the {payload.Channel} payload is truncated JSON: it ends after {bytes.Length} bytes, before the document is complete"
                : $"the {payload.Channel} payload is not well-formed JSON{where}";
            return null;
        }
    }

    /// <summary>True when the bytes are a valid beginning of a JSON document that stops before its end.</summary>
    private static bool IsTruncated(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }));
        try
        {
            while (reader.Read()) { }
        }
        catch (JsonException)
        {
            return false;
        }
        return true;
    }
}
