using System.Text;
using YiQiSuBan.Storage.Common;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>
/// JSON text for jsonb columns: as <see cref="StoreJson"/> writes it, except that the NUL character (which jsonb
/// refuses) becomes U+FFFD. The raw payload keeps the original bytes.
/// </summary>
internal static class PostgresJson
{
    public static string Write<T>(T value) => WithoutNul(StoreJson.Write(value));

    public static string WithoutNul(string json)
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
