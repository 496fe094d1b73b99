using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>
/// The digest of what the case system would see of a complaint, ignoring which payload and when it came: SHA-256 of
/// the complaint's JSON with <c>receivedAt</c> at its default and <c>rawDigest</c> empty. Two versions with the same
/// digest are the same to the case system ("unchanged").
/// </summary>
/// <remarks>
/// Hashes the instance's once-written JSON (<see cref="HubJson.Utf8(Complaint)"/>) with the two ignored values' neutral
/// forms put in place of theirs, so it does not serialize the complaint again. The two values are found by their property
/// names: in JSON text <c>"receivedAt":</c> can only be that property (a quote inside a string is escaped), and only the
/// complaint itself has these properties, <c>receivedAt</c> before any nested object and <c>rawDigest</c> last; both
/// values are strings without escapes (a timestamp, a hex digest). The bytes hashed are exactly those of serializing
/// <c>c with { RawDigest = "", ReceivedAt = default }</c> (tested), so digests stored by earlier versions still compare.
/// Computed once per instance.
/// </remarks>
public static class ContentDigest
{
    private static readonly byte[] NeutralReceivedAt = JsonSerializer.SerializeToUtf8Bytes(default(DateTimeOffset), HubJson.Options);
    private static readonly byte[] NeutralRawDigest = "\"\""u8.ToArray();
    private static readonly ConditionalWeakTable<Complaint, string> Computed = [];

    /// <summary>The complaint's content digest (lower-case hex).</summary>
    public static string Of(Complaint complaint) => Computed.GetValue(complaint, Compute);

    private static string Compute(Complaint complaint)
    {
        ReadOnlySpan<byte> json = HubJson.Utf8(complaint);
        var receivedAt = StringValue(json, json.IndexOf("\"receivedAt\":"u8), "receivedAt");
        var rawDigest = StringValue(json, json.LastIndexOf("\"rawDigest\":"u8), "rawDigest");
        var length = json.Length - (receivedAt.End - receivedAt.Start) - (rawDigest.End - rawDigest.Start) + NeutralReceivedAt.Length + NeutralRawDigest.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var neutral = new SpanWriter(buffer);
            neutral.Write(json[..receivedAt.Start]);
            neutral.Write(NeutralReceivedAt);
            neutral.Write(json[receivedAt.End..rawDigest.Start]);
            neutral.Write(NeutralRawDigest);
            neutral.Write(json[rawDigest.End..]);
            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the string value of the property whose name starts at <paramref name="name"/> lies, quotes included.</summary>
    private static (int Start, int End) StringValue(ReadOnlySpan<byte> json, int name, string property)
    {
        var start = name < 0 ? -1 : name + property.Length + 3; // the quoted name and the colon; the hub's JSON has no spaces
        var close = start < 0 || start >= json.Length || json[start] != (byte)'"' ? -1 : json[(start + 1)..].IndexOf((byte)'"');
        if (close < 0) throw new InvalidOperationException($"the complaint's JSON has no string property {property} at its top level");
        return (start, start + close + 2);
    }

    /// <summary>Copies spans one after another into a buffer.</summary>
    private ref struct SpanWriter(Span<byte> buffer)
    {
        private Span<byte> _rest = buffer;

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(_rest);
            _rest = _rest[bytes.Length..];
        }
    }
}
