using System.Globalization;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Sqlite;

/// <summary>Row shapes read with Dapper.</summary>
internal static class SqliteRows
{
    public sealed record Quarantine(long Id, string Channel, string File, long? RawId, long? Row, string? SourceId, string Stage, string Reason, string At)
    {
        public QuarantineItem ToItem() => new()
        {
            Id = Id, Channel = Channel, File = File, RawId = RawId, Row = Row is null ? null : (int)Row.Value,
            SourceId = SourceId, Stage = Stage, Reason = Reason, At = DateTimeOffset.Parse(At, CultureInfo.InvariantCulture),
        };
    }
}
