using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Pipeline;

/// <summary>How a newer source record combines with what is already known of the same source record.</summary>
public static class SourceRecordMerge
{
    /// <summary>True when <paramref name="incoming"/> is older than <paramref name="known"/> and must not overwrite it.</summary>
    public static bool IsOlder(SourceRecord incoming, SourceRecord known)
    {
        if (incoming.Version is { } v && known.Version is { } k && v != k) return v < k;
        return incoming.OccurredAt is { } a && known.OccurredAt is { } b && a < b;
    }

    /// <summary>
    /// True when an older full record still has to be taken although <paramref name="known"/> is newer: so far only
    /// partial records (list rows) are known, and the full record supplies what they lack. Merge it as the base,
    /// with the newer partial fields on top: <c>Merge(incoming, known)</c>.
    /// </summary>
    public static bool CompletesPartial(SourceRecord incoming, SourceRecord known) => known.IsPartial && !incoming.IsPartial;

    /// <summary>Fields of the incoming record win (a blank value clears the known one); fields it does not carry are kept.</summary>
    public static SourceRecord Merge(SourceRecord known, SourceRecord incoming)
    {
        var fields = new Dictionary<string, string?>(known.Fields);
        foreach (var (key, value) in incoming.Fields)
            if (value is not null) fields[key] = value;
        return incoming with
        {
            Fields = fields,
            Version = Max(known.Version, incoming.Version),
            OccurredAt = Max(known.OccurredAt, incoming.OccurredAt),
            IsPartial = known.IsPartial && incoming.IsPartial,
            EventType = incoming.EventType ?? known.EventType,
            Row = incoming.Row ?? known.Row,
            Replies = incoming.Replies ?? known.Replies,
            Attachments = incoming.Attachments ?? known.Attachments,
        };
    }

    private static T? Max<T>(T? a, T? b) where T : struct, IComparable<T> =>
        a is null ? b : b is null ? a : a.Value.CompareTo(b.Value) >= 0 ? a : b;
}
