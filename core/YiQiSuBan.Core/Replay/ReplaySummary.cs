using YiQiSuBan.Core.Pipeline;

namespace YiQiSuBan.Core.Replay;

/// <summary>Counts of a replay, per channel.</summary>
public sealed class ReplaySummary
{
    public int DuplicatePayloads { get; set; }
    public Dictionary<string, ChannelCounts> Channels { get; } = [];

    public void Add(IngestReport report)
    {
        if (!Channels.TryGetValue(report.Channel, out var c)) Channels[report.Channel] = c = new ChannelCounts();
        c.Records += report.Records;
        c.Created += report.Created;
        c.Updated += report.Updated;
        c.Unchanged += report.Unchanged + report.Stale;
        c.Quarantined += report.Quarantined.Count;
    }

    public int TotalRecords => Channels.Values.Sum(c => c.Records);

    /// <summary>Counts for one channel.</summary>
    public sealed class ChannelCounts
    {
        public int Records { get; set; }
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }
        public int Quarantined { get; set; }
    }
}
