using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace YiQiSuBan.Core.Json;

/// <summary>
/// Serializes each instance of an immutable record once: the complaint row, its history row, the feed event and the
/// outbox body all write the same complaint (and the row and its history the same source record), so its UTF-8 JSON
/// is kept beside it (weakly, it goes when the instance goes) and written raw the next time. The records are
/// immutable, so the kept JSON cannot go stale. Thread-safe: replay warms it off the writer thread.
/// </summary>
internal sealed class JsonOnce<T>(JsonSerializerOptions plain) : JsonConverter<T> where T : class
{
    private readonly ConditionalWeakTable<T, byte[]> _written = [];

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, plain);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Utf8(value), skipInputValidation: true);

    /// <summary>The instance's JSON, written now or taken from the last time.</summary>
    public byte[] Utf8(T value) => _written.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes(v, plain));
}
