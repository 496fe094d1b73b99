using System.Text.Encodings.Web;
using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests;

/// <summary>
/// A channel's recorded fixture payloads (fixtures/CHANNEL/payloads, in arrival order) and their golden
/// outputs (fixtures/CHANNEL/golden): what the format reads from each payload, and complaints after ingest.
/// </summary>
public sealed class ChannelFixtures(string channel)
{
    private static readonly JsonSerializerOptions Golden = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Channel => channel;

    public IReadOnlyList<RecordedPayloads.Entry> Payloads() =>
        RecordedPayloads.Find(RepoPaths.Fixture(channel, "payloads"), channel, Hub.Formats.Channels);

    public RawPayload Load(string fileName) =>
        RecordedPayloads.Load(Payloads().Single(e => e.Name == fileName));

    public IReadOnlyList<ParseResult> Parse(string fileName)
    {
        Assert.True(Hub.Formats.TryGet(channel, out var format));
        return format.Parse(Load(fileName)).ToList();
    }

    /// <summary>Compares what the format reads from a payload with golden/NAME.parsed.json.</summary>
    public void AssertParsedMatchesGolden(string fileName) =>
        GoldenFile.Assert(RepoPaths.Fixture(channel, "golden", Path.GetFileNameWithoutExtension(fileName) + ".parsed.json"), Render(Parse(fileName)));

    /// <summary>Compares a complaint with golden/NAME.complaint.json.</summary>
    public void AssertComplaintMatchesGolden(string name, Complaint complaint) =>
        GoldenFile.Assert(RepoPaths.Fixture(channel, "golden", name + ".complaint.json"), JsonSerializer.Serialize(complaint, HubJson.Files) + "\n");

    /// <summary>Ingests the named payloads one by one, in the given (arrival) order, as a live connector would.</summary>
    public static async Task<List<IngestReport>> IngestAsync(IngestPipeline pipeline, ChannelFixtures fixtures, params string[] fileNames)
    {
        var reports = new List<IngestReport>();
        foreach (var name in fileNames) reports.Add(await pipeline.IngestAsync(fixtures.Load(name)));
        return reports;
    }

    private static string Render(IEnumerable<ParseResult> results)
    {
        var items = results.Select(r => r.Record is { } rec
            ? (object)new
            {
                rec.SourceId,
                rec.EventType,
                rec.IsPartial,
                rec.Row,
                OccurredAt = rec.OccurredAt?.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture),
                Fields = new SortedDictionary<string, string?>(rec.Fields.ToDictionary(), StringComparer.Ordinal),
                Replies = rec.Replies?.Select(x => new SortedDictionary<string, string?>(x.ToDictionary(), StringComparer.Ordinal)),
            }
            : new { r.Error, r.Row });
        return JsonSerializer.Serialize(items, Golden) + "\n";
    }
}
