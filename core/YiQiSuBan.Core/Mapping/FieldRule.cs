namespace YiQiSuBan.Core.Mapping;

/// <summary>
/// How one canonical field is taken from source fields: the first non-blank of <see cref="From"/>
/// (or <see cref="Const"/>, or <see cref="Template"/> with {field} placeholders), then looked up in
/// <see cref="Table"/> when one is named. <see cref="FallbackToText"/> lets phone, township and
/// enterprise fields be found in the title/content when no field carries them. <see cref="Default"/> is the value
/// when the rule finds nothing (no field, or a table with no match and no "*").
/// </summary>
public sealed record FieldRule
{
    public IReadOnlyList<string> From { get; init; } = [];
    public string? Const { get; init; }
    public string? Template { get; init; }
    public string? Table { get; init; }
    public bool FallbackToText { get; init; }
    public string? Default { get; init; }
}
