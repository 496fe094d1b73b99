namespace YiQiSuBan.Core.Mapping;

/// <summary>
/// An operator-editable lookup (mappings/codes/NAME.json): source value → hub value.
/// Keys match case-insensitively after trimming; the key "*" is the value for anything unlisted.
/// </summary>
public sealed class CodeTable(string name, IReadOnlyDictionary<string, string> entries)
{
    private readonly Dictionary<string, string> _entries = new(entries.Select(kv => KeyValuePair.Create(kv.Key.Trim(), kv.Value)), StringComparer.OrdinalIgnoreCase);

    public string Name { get; } = name;

    public string? Lookup(string? value) => LookupExact(value) ?? Fallback;

    /// <summary>The value listed for <paramref name="value"/>, ignoring the "*" fallback.</summary>
    public string? LookupExact(string? value) =>
        value is not null && _entries.TryGetValue(value.Trim(), out var hit) ? hit : null;

    /// <summary>The "*" value, or null when the table has none.</summary>
    public string? Fallback => _entries.TryGetValue("*", out var fallback) ? fallback : null;
}
