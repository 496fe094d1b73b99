using System.Text.Json;
using System.Text.Json.Nodes;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Connectors.Tests.Support;

/// <summary>
/// Golden-file check of one fixture: what the channel's format reads from it (records or failure reasons) and
/// the complaint the repository's mapping makes of each record, against fixtures/CHANNEL/golden/NAME.golden.json.
/// </summary>
public static class FormatGolden
{
    private static readonly JsonSerializerOptions Indented = new(HubJson.Options) { WriteIndented = true };

    public static void Check(string channel, string fixture)
    {
        var payload = FixturePayloads.Load(channel, fixture);
        Assert.True(Hub.Formats.TryGet(channel, out var format));
        var items = new JsonArray();
        foreach (var result in format.Parse(payload))
        {
            if (result.Record is not { } record)
            {
                items.Add(new JsonObject { ["row"] = result.Row, ["error"] = result.Error });
                continue;
            }
            JsonNode? complaint;
            try
            {
                complaint = JsonSerializer.SerializeToNode(Hub.Mapper.Map(record, payload.ReceivedAt, payload.Sha256), HubJson.Options);
            }
            catch (MappingException e)
            {
                complaint = new JsonObject { ["mappingError"] = e.Message };
            }
            items.Add(new JsonObject
            {
                ["sourceId"] = record.SourceId,
                ["version"] = record.Version,
                ["occurredAt"] = record.OccurredAt?.ToString("O"),
                ["eventType"] = record.EventType,
                ["fields"] = JsonSerializer.SerializeToNode(new SortedDictionary<string, string?>(record.Fields.ToDictionary(), StringComparer.Ordinal), HubJson.Options),
                ["complaint"] = complaint,
            });
        }
        var golden = RepoPaths.Fixture(channel, "golden", Path.GetFileNameWithoutExtension(fixture) + ".golden.json");
        GoldenFile.Assert(golden, items.ToJsonString(Indented) + "\n");
    }
}
