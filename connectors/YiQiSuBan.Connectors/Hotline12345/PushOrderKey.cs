using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Connectors.Hotline12345;

/// <summary>
/// The order key of a hotline12345 push event read in one forward pass over its bytes: the same update time, else call
/// time, that <see cref="Hotline12345Format"/> gives the record, but without building the document or its fields.
/// Declines (null) anything that is not a plain, well-formed push event (pages, repeated properties, bad UTF-8), so the
/// full parse decides those.
/// </summary>
internal static class PushOrderKey
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    /// <summary>The fields the key depends on, at one level (the order object, or the event itself for a bare event).</summary>
    private sealed class Level
    {
        public string? OrderNo, UpdateTime, CallTime;
        public bool HasOrderNo, HasUpdateTime, HasCallTime;

        /// <summary>
        /// Takes the value (the reader is on it) when the property <paramref name="name"/> is one of the key's; other values
        /// are not read into text. False when a property repeats (the parser's choice among them is not this reader's to guess).
        /// </summary>
        public bool Set(ref Utf8JsonReader name, ref Utf8JsonReader value)
        {
            if (name.ValueTextEquals("orderNo"u8)) return Take(ref HasOrderNo, ref OrderNo, ref value);
            if (name.ValueTextEquals("updateTime"u8)) return Take(ref HasUpdateTime, ref UpdateTime, ref value);
            if (name.ValueTextEquals("callTime"u8)) return Take(ref HasCallTime, ref CallTime, ref value);
            return true;
        }

        private static bool Take(ref bool seen, ref string? field, ref Utf8JsonReader value)
        {
            if (seen) return false;
            (seen, field) = (true, Scalar(ref value));
            return true;
        }

        public DateTimeOffset? Key => string.IsNullOrEmpty(OrderNo?.Trim()) ? null : TimeParser.Parse(UpdateTime) ?? TimeParser.Parse(CallTime);
    }

    /// <summary>(true, key) for a push event; (false, _) when the payload is not one or only a full parse can tell.</summary>
    public static (bool Read, DateTimeOffset? Key) TryRead(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (!Utf8.IsValid(bytes)) return (false, null);
        try
        {
            var reader = new Utf8JsonReader(bytes, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (false, null);
            var root = new Level();
            var order = new Level();
            bool hasEventType = false, hasOrder = false, orderIsObject = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isOrder = reader.ValueTextEquals("order"u8);
                var isEventType = reader.ValueTextEquals("eventType"u8);
                if ((isOrder && hasOrder) || (isEventType && hasEventType)) return (false, null);
                hasOrder |= isOrder;
                hasEventType |= isEventType;
                var name = reader;
                reader.Read();
                if (isOrder && reader.TokenType == JsonTokenType.StartObject)
                {
                    orderIsObject = true;
                    if (!ReadLevel(ref reader, order)) return (false, null);
                    continue;
                }
                if (!root.Set(ref name, ref reader)) return (false, null);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
            while (reader.Read()) { } // the rest must be well-formed too (trailing content fails the parser)
            if (!hasOrder && !hasEventType) return (false, null); // a page, or not hotline12345 at all
            if (orderIsObject) return (true, order.Key);
            return (true, root.HasOrderNo ? root.Key : null); // a bare event (revoke, urge), or one that will fail
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }

    /// <summary>Reads the order object's properties (the reader is on its StartObject) up to its end.</summary>
    private static bool ReadLevel(ref Utf8JsonReader reader, Level level)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader;
            reader.Read();
            if (!level.Set(ref name, ref reader)) return false;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
        }
        return true;
    }

    /// <summary>A value as the parser's field text: strings as they are, numbers as written, true/false; else null.</summary>
    private static string? Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => null,
    };
}
