using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Json;

/// <summary>
/// Serializes each complaint instance once: the complaint row, its history row, the feed event and the outbox body
/// all write the same instance, so its UTF-8 JSON is kept beside it (weakly, it goes when the complaint goes) and
/// written raw the next time. Complaints are immutable records, so the kept JSON cannot go stale.
/// </summary>
internal sealed class ComplaintJsonOnce(JsonSerializerOptions plain) : JsonConverter<Complaint>
{
    private readonly ConditionalWeakTable<Complaint, byte[]> _written = [];

    public override Complaint? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Complaint>(ref reader, plain);

    public override void Write(Utf8JsonWriter writer, Complaint value, JsonSerializerOptions options) =>
        writer.WriteRawValue(_written.GetValue(value, c => JsonSerializer.SerializeToUtf8Bytes(c, plain)), skipInputValidation: true);
}
