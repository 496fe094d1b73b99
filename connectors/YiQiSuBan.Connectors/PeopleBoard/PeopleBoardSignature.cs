using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The board's request signing: <c>md5hex(path + param + md5hex(appCode)[0..16] + token)</c>, and the <c>param</c>
/// strings with the exact key order the board requires.
/// </summary>
public static class PeopleBoardSignature
{
    public const string ListPath = "/v1/threads/list/df";
    public const string DetailPath = "/v1/threads/content";

    public static string Sign(string path, string param, string appCode, string token) =>
        Md5(path + param + Md5(appCode)[..16] + token);

    public static string ListParam(long fid, string lastItem, int rows) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"fid\":{fid},\"showUnAnswer\":1,\"typeId\":5,\"lastItem\":\"{lastItem}\",\"position\":\"0\",\"rows\":{rows},\"orderType\":2}}");

    public static string DetailParam(string tid) => $"{{\"tid\":\"{tid}\"}}";

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351", Justification = "the board's signing scheme is md5; not used for our own security")]
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
