namespace YiQiSuBan.Storage.Common;

/// <summary>The operator corrections' SQL both dialects share (dedupe_overrides: a, b, kind).</summary>
internal static class DedupeOverridesSql
{
    /// <summary>The corrections (a, b, kind) touching the complaint named by <paramref name="parameter"/>.</summary>
    public static string Touching(string parameter) =>
        $"SELECT a, b, kind FROM dedupe_overrides WHERE a = {parameter} UNION SELECT a, b, kind FROM dedupe_overrides WHERE b = {parameter}";
}
