using YiQiSuBan.Storage.Common;
namespace YiQiSuBan.Storage.Features;

/// <summary>
/// SQL of the delivery, status, supervision and access tables. Both dialects share most statements
/// (times are Unix milliseconds in bigint columns, flags are integers); a dialect overrides what differs.
/// </summary>
internal class FeatureSql
{
    public static FeatureSql For(string dialect) => dialect switch
    {
        "sqlite" => Sqlite.SqliteFeatureSql.Instance,
        "postgres" => Postgres.PostgresFeatureSql.Instance,
        _ => throw new NotSupportedException($"no feature SQL for dialect {dialect}"),
    };

    public const string OutboxColumns =
        "id AS Id, event_id AS EventId, target AS Target, ordering_key AS OrderingKey, complaint_id AS ComplaintId, body AS Body, status AS Status, attempts AS Attempts, created_ms AS CreatedMs, next_ms AS NextMs, delivered_ms AS DeliveredMs, last_error AS LastError";

    public virtual string OutboxInsert =>
        """
        INSERT INTO outbox(event_id, target, ordering_key, complaint_id, body, status, attempts, created_ms, next_ms)
        VALUES (@EventId, @Target, @OrderingKey, @ComplaintId, @Body, 'pending', 0, @CreatedMs, @NextMs) RETURNING id
        """;

    /// <summary>
    /// Leases the heads of line until @until: due pending messages that no dispatcher holds, with no earlier undelivered
    /// message of the same key. <see cref="ClaimLock"/> keeps two dispatchers from taking the same rows at once.
    /// </summary>
    public string OutboxClaimDue =>
        $"""
        UPDATE outbox SET lease_ms = @until WHERE id IN (
          SELECT o.id FROM outbox o
          WHERE o.status = 'pending' AND o.next_ms <= @now AND (o.lease_ms IS NULL OR o.lease_ms <= @now)
            AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.ordering_key = o.ordering_key AND p.id < o.id AND p.status <> 'delivered')
          ORDER BY o.id LIMIT @limit{ClaimLock})
        RETURNING {OutboxColumns}
        """;

    /// <summary>Row locking for <see cref="OutboxClaimDue"/>: none where the store has one writer at a time.</summary>
    protected virtual string ClaimLock => "";

    public virtual string OutboxDelivered => "UPDATE outbox SET status = 'delivered', attempts = @attempts, delivered_ms = @at, last_error = NULL, lease_ms = NULL WHERE id = @id";
    public virtual string OutboxRetry => "UPDATE outbox SET attempts = @attempts, next_ms = @next, last_error = @error, lease_ms = NULL WHERE id = @id";
    public virtual string OutboxParked => "UPDATE outbox SET status = 'parked', attempts = @attempts, last_error = @error, lease_ms = NULL WHERE id = @id";
    public virtual string OutboxList => $"SELECT {OutboxColumns} FROM outbox WHERE (@status IS NULL OR status = @status) ORDER BY id DESC LIMIT @limit";
    public virtual string OutboxRedrive => "UPDATE outbox SET status = 'pending', attempts = 0, next_ms = @now, created_ms = @now, lease_ms = NULL WHERE status = 'parked' AND (@id IS NULL OR id = @id)";

    public const string StatusColumns =
        "id AS Id, complaint_id AS ComplaintId, kind AS Kind, at_ms AS AtMs, at_text AS AtText, handling_unit AS HandlingUnit, reason AS Reason, satisfaction AS Satisfaction, content AS Content, operator AS Operator, received_ms AS ReceivedMs, applied AS Applied";

    public virtual string StatusInsert =>
        """
        INSERT INTO complaint_status(complaint_id, kind, at_ms, at_text, handling_unit, reason, satisfaction, content, operator, received_ms, applied)
        VALUES (@ComplaintId, @Kind, @AtMs, @AtText, @HandlingUnit, @Reason, @Satisfaction, @Content, @Operator, @ReceivedMs, @Applied) RETURNING id
        """;

    public virtual string StatusTimeline => $"SELECT {StatusColumns} FROM complaint_status WHERE complaint_id = @complaintId ORDER BY at_ms, id";
    public virtual string StatusAll => $"SELECT {StatusColumns} FROM complaint_status ORDER BY complaint_id, at_ms, id";

    public const string CardColumns =
        "id AS Id, complaint_id AS ComplaintId, unit AS Unit, milestone AS Milestone, level AS Level, due_ms AS DueMs, at_ms AS AtMs, raised_ms AS RaisedMs, seq AS Seq";

    public virtual string CardInsert =>
        """
        INSERT INTO supervision_cards(complaint_id, unit, milestone, level, due_ms, at_ms, raised_ms, seq)
        VALUES (@ComplaintId, @Unit, @Milestone, @Level, @DueMs, @AtMs, @RaisedMs, @Seq) ON CONFLICT DO NOTHING
        """;

    public virtual string CardKeys => "SELECT complaint_id AS ComplaintId, milestone AS Milestone, level AS Level FROM supervision_cards";
    public virtual string CardList => $"SELECT {CardColumns} FROM supervision_cards ORDER BY id";

    public const string KeyColumns = "name AS Name, role AS Role, hash AS Hash, created_ms AS CreatedMs, revoked_ms AS RevokedMs";

    public virtual string KeyInsert =>
        "INSERT INTO api_keys(name, role, hash, created_ms) SELECT @Name, @Role, @Hash, @CreatedMs WHERE NOT EXISTS (SELECT 1 FROM api_keys WHERE name = @Name AND revoked_ms IS NULL)";

    public virtual string KeyList => $"SELECT {KeyColumns} FROM api_keys ORDER BY name, created_ms";
    public virtual string KeyRevoke => "UPDATE api_keys SET revoked_ms = @at WHERE name = @name AND revoked_ms IS NULL";
    public virtual string KeyFind => $"SELECT {KeyColumns} FROM api_keys WHERE hash = @hash AND revoked_ms IS NULL";

    public virtual string ComplaintEvents => FeedRow.Select + " WHERE f.complaint_id = @complaintId ORDER BY f.seq";
}
