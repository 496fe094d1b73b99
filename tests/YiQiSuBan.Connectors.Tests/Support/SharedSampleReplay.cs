using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Support;

/// <summary>Replays a channel's whole shared sample folder (../shared/channels/CHANNEL/samples) on a real SQLite store.</summary>
public static class SharedSampleReplay
{
    public static async Task<(ReplaySummary Summary, List<IngestReport> Reports)> RunAsync(string channel)
    {
        await using var db = await TempSqlite.CreateAsync();
        var entries = RecordedPayloads.Find(RepoPaths.SharedChannels, channel, Hub.Formats.Channels);
        Assert.NotEmpty(entries);
        var reports = new List<IngestReport>();
        var summary = await new ReplayRunner(db.Store, Hub.Pipeline(db.Store)).RunAsync(entries, reports.Add);
        return (summary, reports);
    }
}
