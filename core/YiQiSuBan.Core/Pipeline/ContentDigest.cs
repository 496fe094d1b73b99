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
/// Hashes the instance's once-written JSON (<see cref="HubJson.Utf8(Complaint)"/>) in pieces, putting the two ignored
/// values' neutral forms in place of theirs, so it neither serializes the complaint again nor copies it. The bytes hashed
/// are exactly those of serializing <c>c with { RawDigest = "", ReceivedAt = default }</c> (tested), so digests stored
/// by earlier versions still compare. Computed once per instance.
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
        var json = HubJson.Utf8(complaint);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var reader = new Utf8JsonReader(json);
        var copied = 0;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1) continue;
            var neutral = reader.ValueTextEquals("receivedAt"u8) ? NeutralReceivedAt : reader.ValueTextEquals("rawDigest"u8) ? NeutralRawDigest : null;
            reader.Read();
            if (neutral is null)
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
                continue;
            }
            var start = (int)reader.TokenStartIndex;
            sha.AppendData(json, copied, start - copied);
            sha.AppendData(neutral);
            copied = (int)reader.BytesConsumed;
        }
        sha.AppendData(json, copied, json.Length - copied);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
