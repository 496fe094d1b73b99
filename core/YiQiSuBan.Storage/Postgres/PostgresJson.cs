using System.Text;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// JSON for the versions' and the feed's json columns, as the UTF-8 the hub wrote it in (Npgsql sends it as is): as
/// <see cref="StoreJson"/> writes it, except that the NUL character becomes U+FFFD — json keeps <c>\u0000</c>, but the
/// columns were jsonb until migration 5, which refuses it, and an operator's <c>->></c> or cast to jsonb would still fail
/// on it. The raw payload keeps the original bytes.
/// </summary>
internal static class PostgresJson
{
    public static byte[] Write(Complaint complaint) => WithoutNul(HubJson.Utf8(complaint));

    public static byte[] Write(SourceRecord record) => WithoutNul(HubJson.Utf8(record));

    public static byte[] Write<T>(T value) => WithoutNul(StoreJson.Utf8(value));

    private static byte[] WithoutNul(byte[] json) =>
        json.AsSpan().IndexOf("\\u0000"u8) < 0 ? json : Encoding.UTF8.GetBytes(WithoutNul(Encoding.UTF8.GetString(json)));

    private static string WithoutNul(string json)
    {
        if (!json.Contains("\\u0000", StringComparison.Ordinal)) return json;
        var sb = new StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] != '\\' || i + 1 >= json.Length)
            {
                sb.Append(json[i]);
                continue;
            }
            var escape = json.AsSpan(i, Math.Min(6, json.Length - i));
            sb.Append(escape.SequenceEqual("\\u0000") ? "\\uFFFD" : escape[..2]);
            i += escape.SequenceEqual("\\u0000") ? 5 : 1;
        }
        return sb.ToString();
    }
}
