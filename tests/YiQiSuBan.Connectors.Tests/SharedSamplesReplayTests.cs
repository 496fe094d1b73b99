using System.Text.Json;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>The shared DEV samples of the XML and batch channels replayed through the real pipeline on SQLite.</summary>
public sealed class SharedSamplesReplayTests
{
    [Theory]
    [InlineData("supervision")]
    [InlineData("offline")]
    public async Task Shared_samples_replay_without_quarantines(string channel)
    {
        var entries = RecordedPayloads.Find(RepoPaths.SharedChannels, channel, Hub.Formats.Channels);
        Assert.NotEmpty(entries);
        await using var db = await TempSqlite.CreateAsync();
        var quarantined = new List<string>();
        var summary = await new ReplayRunner(db.Store, Hub.Pipeline(db.Store)).RunAsync(entries,
            report => quarantined.AddRange(report.Quarantined.Select(q => $"{q.File} row {q.Row}: {q.Reason}")));
        Assert.Empty(quarantined);
        Assert.Equal(ExpectedCount(channel), summary.Channels[channel].Created);
    }

    [Fact]
    public void Offline_rows_are_numbered_as_the_truth_counts_them()
    {
        var folder = Path.Combine(RepoPaths.SharedChannels, "offline", "samples");
        var parsed = new Dictionary<string, Dictionary<int, string>>();
        foreach (var line in ExpectedLines("offline"))
        {
            var refs = new List<JsonElement> { line.GetProperty("sourceRef") };
            if (line.TryGetProperty("alsoIn", out var also) && also.ValueKind == JsonValueKind.Array) refs.AddRange(also.EnumerateArray());
            foreach (var r in refs)
            {
                var file = r.GetProperty("file").GetString()!;
                if (!parsed.TryGetValue(file, out var rows))
                {
                    var payload = new Core.Sources.RawPayload { Channel = "offline", Name = file, Bytes = File.ReadAllBytes(Path.Combine(folder, file)), ReceivedAt = DateTimeOffset.UnixEpoch };
                    parsed[file] = rows = ParseReport.Parse(payload).Where(p => p.Record is not null).ToDictionary(p => p.Row ?? 0, p => TextCleaner.Clean(p.Record!["诉求内容"])!);
                }
                var row = r.GetProperty("row").GetInt32();
                Assert.True(rows.TryGetValue(row, out var content), $"{file} row {row} not read");
                Assert.Equal(TextCleaner.Clean(line.GetProperty("content").GetString()), content);
            }
        }
    }

    private static int ExpectedCount(string channel) => ExpectedLines(channel).Count();

    private static IEnumerable<JsonElement> ExpectedLines(string channel) =>
        File.ReadLines(Path.Combine(RepoPaths.SharedChannels, "expected-dev.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("channel").GetString() == channel);
}
