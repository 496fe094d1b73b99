using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Postgres;

/// <summary>Row shapes read with Dapper.</summary>
internal static class PostgresRows
{
    public sealed record Quarantine(long Id, string Channel, string File, long? RawId, int? Row, string? SourceId, string Stage, string Reason, DateTime At)
    {
        public QuarantineItem ToItem() => new()
        {
            Id = Id, Channel = Channel, File = File, RawId = RawId, Row = Row, SourceId = SourceId, Stage = Stage, Reason = Reason,
            At = new DateTimeOffset(DateTime.SpecifyKind(At, DateTimeKind.Utc)),
        };
    }
}
