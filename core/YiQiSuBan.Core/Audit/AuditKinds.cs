namespace YiQiSuBan.Core.Audit;

/// <summary>The kinds of audit entries. Bodies never carry personal data (names, phones, ID numbers, free text).</summary>
public static class AuditKinds
{
    /// <summary>Raw bytes stored; body: channel, name, delivery, size, sha256.</summary>
    public const string RawReceived = "raw.received";

    /// <summary>A complaint version was made; body: event, feedSeq, mappingVersion, contentHash, rawId, rawDigest.</summary>
    public const string ComplaintMapped = "complaint.mapped";

    /// <summary>A record or payload was quarantined; body: channel, stage, rawId, row, sourceId.</summary>
    public const string Quarantined = "quarantined";

    public const string DedupeLinked = "dedupe.linked";
    public const string DedupeSplit = "dedupe.split";
    public const string DedupeJoined = "dedupe.joined";
    public const string Delivered = "delivered";
    public const string Acked = "acked";
    public const string StatusReceived = "status.received";
    public const string StatusForwarded = "status.forwarded";

    /// <summary>An operator did something by hand; body: who, what, why.</summary>
    public const string OperatorAction = "operator.action";

    /// <summary>Retention removed a payload's bytes (its digest row stays); body: sha256, receivedSeq.</summary>
    public const string RawPruned = "raw.pruned";

    /// <summary>Subject of entries about a raw payload.</summary>
    public static string RawSubject(long rawId) => "raw:" + rawId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Body field that, on any entry about a complaint, states the complaint's content hash after the step.</summary>
    public const string ContentHashField = "contentHash";
}
