using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>Replays the shared DEV samples of the HTML/JSON-page channels: every payload must be read and mapped.</summary>
public sealed class SharedPageSamplesReplayTests
{
    [Theory]
    [InlineData("people-board")]
    [InlineData("mayor-mailbox")]
    public async Task Shared_samples_replay_without_quarantine(string channel)
    {
        var entries = RecordedPayloads.Find(RepoPaths.SharedChannels, channel, Hub.Formats.Channels);
        Assert.NotEmpty(entries);
        await using var db = await TempSqlite.CreateAsync();
        var quarantined = new List<string>();
        var summary = await new ReplayRunner(db.Store, Hub.Pipeline(db.Store))
            .RunAsync(entries, r => quarantined.AddRange(r.Quarantined.Select(q => $"{q.File}: {q.Stage}: {q.Reason}")));
        Assert.Empty(quarantined);
        Assert.True(summary.Channels[channel].Created > 0);
    }
}
