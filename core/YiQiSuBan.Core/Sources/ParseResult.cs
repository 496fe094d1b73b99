namespace YiQiSuBan.Core.Sources;

/// <summary>What a parser made of one record of a payload: a record, or a reason it could not read it.</summary>
public sealed record ParseResult
{
    public SourceRecord? Record { get; private init; }
    public string? Error { get; private init; }
    public int? Row { get; private init; }

    public static ParseResult Ok(SourceRecord record) => new() { Record = record, Row = record.Row };

    /// <summary>A record (or the whole payload when <paramref name="row"/> is null) that cannot be read.</summary>
    public static ParseResult Fail(string reason, int? row = null) => new() { Error = reason, Row = row };
}
