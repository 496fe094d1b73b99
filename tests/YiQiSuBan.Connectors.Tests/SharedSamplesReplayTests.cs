using System.Text.Json;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Connectors.Tests.Support;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>The shared DEV samples of the page and batch channels replayed (hotline12345 and city-hub: their pipeline tests) through the real pipeline on SQLite.</summary>
public sealed class SharedSamplesReplayTests
{
    [Theory]
    [InlineData("people-board")]
    [InlineData("mayor-mailbox")]
    [InlineData("supervision")]
    [InlineData("offline")]
    public async Task Shared_samples_replay_without_quarantines(string channel)
    {
        var (summary, reports) = await SharedSampleReplay.RunAsync(channel);
        Assert.Empty(reports.SelectMany(r => r.Quarantined).Select(q => $"{q.File} row {q.Row}: {q.Reason}"));
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
