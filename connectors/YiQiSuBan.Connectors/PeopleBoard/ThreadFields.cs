using System.Text.Json;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>
/// The thread summary the board sends in list rows and as the detail's <c>thread</c>: its scalar fields by
/// their API names, except <c>content</c>, which the board truncates there and is kept as <c>summary</c>
/// so that it never stands in for (or overwrites) the full message text.
/// </summary>
internal static class ThreadFields
{
    public const string Summary = "summary";

    public static Dictionary<string, string?> From(JsonElement thread)
    {
        var fields = BoardJson.Scalars(thread);
        if (fields.Remove("content", out var truncated)) fields[Summary] = truncated;
        return fields;
    }
}
