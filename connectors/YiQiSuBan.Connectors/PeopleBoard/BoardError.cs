using System.Text.Json;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The board answers business errors with HTTP 200 and a resultCode other than 200:
/// SN0006 (bad param format / key order), SN0002 (bad signature), 404 (unknown tid).
/// </summary>
internal static class BoardError
{
    private static readonly Dictionary<string, string> Meanings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SN0006"] = "the request param was rejected (format or key order)",
        ["SN0002"] = "the request signature was rejected (check appCode and signing)",
        ["404"] = "the thread does not exist (unknown tid)",
    };

    /// <summary>An operator-readable reason when the answer is an error, else null.</summary>
    public static string? Of(JsonElement root)
    {
        if (!root.TryGetProperty("resultCode", out var codeElement))
            return "layout changed: the board's answer has no resultCode";
        var code = BoardJson.Text(codeElement);
        if (code == "200") return null;
        var message = root.TryGetProperty("resultMsg", out var m) ? BoardJson.Text(m) : null;
        var meaning = code is not null && Meanings.TryGetValue(code, out var known) ? known : "the board reported an error";
        return $"board error {code ?? "(none)"}: {meaning}" + (string.IsNullOrWhiteSpace(message) ? "" : $" (resultMsg: {message})");
    }
}
