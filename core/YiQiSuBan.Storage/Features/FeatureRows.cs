using System.Globalization;
using YiQiSuBan.Core.Access;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Core.Supervision;

namespace YiQiSuBan.Storage.Features;

/// <summary>Row shapes of the feature tables as Dapper reads them (times in Unix milliseconds).</summary>
internal static class FeatureRows
{
    public static long Ms(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public sealed class Outbox
    {
        public long Id { get; set; }
        public string EventId { get; set; } = "";
        public string Target { get; set; } = "";
        public string OrderingKey { get; set; } = "";
        public string ComplaintId { get; set; } = "";
        public string Body { get; set; } = "";
        public string Status { get; set; } = "";
        public long Attempts { get; set; }
        public long CreatedMs { get; set; }
        public long NextMs { get; set; }
        public long? DeliveredMs { get; set; }
        public string? LastError { get; set; }

        public OutboxMessage ToMessage() => new()
        {
            Id = Id, EventId = EventId, Target = Target, OrderingKey = OrderingKey, ComplaintId = ComplaintId, Body = Body, Status = Status,
            Attempts = (int)Attempts, CreatedAt = Time(CreatedMs), NextAttemptAt = Time(NextMs), DeliveredAt = DeliveredMs is { } d ? Time(d) : null, LastError = LastError,
        };
    }

    public sealed class Status
    {
        public long Id { get; set; }
        public string ComplaintId { get; set; } = "";
        public string Kind { get; set; } = "";
        public long AtMs { get; set; }
        public string AtText { get; set; } = "";
        public string? HandlingUnit { get; set; }
        public string? Reason { get; set; }
        public string? Satisfaction { get; set; }
        public string? Content { get; set; }
        public string? Operator { get; set; }
        public long ReceivedMs { get; set; }
        public long Applied { get; set; }

        public StoredStatus ToStatus() => new()
        {
            Id = Id, ComplaintId = ComplaintId, ReceivedAt = Time(ReceivedMs), Applied = Applied != 0,
            Update = new StatusUpdate
            {
                Kind = Enum.Parse<StatusKind>(Kind, ignoreCase: true), At = DateTimeOffset.Parse(AtText, CultureInfo.InvariantCulture),
                HandlingUnit = HandlingUnit, Reason = Reason, Satisfaction = Satisfaction, Content = Content, Operator = Operator,
            },
        };
    }

    public sealed class Card
    {
        public long Id { get; set; }
        public string ComplaintId { get; set; } = "";
        public string? Unit { get; set; }
        public string Milestone { get; set; } = "";
        public string Level { get; set; } = "";
        public long DueMs { get; set; }
        public long AtMs { get; set; }
        public long RaisedMs { get; set; }
        public long Seq { get; set; }

        public SupervisionCard ToCard() => new()
        {
            Id = Id, ComplaintId = ComplaintId, Unit = Unit, Milestone = Enum.Parse<Milestone>(Milestone, true), Level = Enum.Parse<CardLevel>(Level, true),
            Due = Time(DueMs), At = Time(AtMs), RaisedAt = Time(RaisedMs), Seq = Seq,
        };
    }

    public sealed class Key
    {
        public string Name { get; set; } = "";
        public string Role { get; set; } = "";
        public string Hash { get; set; } = "";
        public long CreatedMs { get; set; }
        public long? RevokedMs { get; set; }

        public ApiKey ToKey() => new() { Name = Name, Role = Role, Hash = Hash, CreatedAt = Time(CreatedMs), RevokedAt = RevokedMs is { } r ? Time(r) : null };
    }
}
