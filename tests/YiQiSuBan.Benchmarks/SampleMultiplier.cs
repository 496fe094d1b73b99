using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Writes N hotline12345 push bodies made from the shared samples: each gets a new orderNo and eventId and a later
/// update time; every tenth one is a newer version (state 办理中) of an order written before, so updates are measured too.
/// </summary>
internal static class SampleMultiplier
{
    /// <summary>Chinese written as is, as in the samples (the default escaping would double the payloads and the work on them).</summary>
    private static readonly JsonSerializerOptions AsTheSamples = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly DateTimeOffset Start = new(2024, 1, 1, 8, 0, 0, TimeParser.ChinaOffset);

    public static string Write(string samplesFolder, int records, string targetRoot, MatterMix? mix = null)
    {
        var templates = Directory.EnumerateFiles(samplesFolder, "*-push-*.json").Order(StringComparer.Ordinal)
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        if (templates.Count == 0) throw new FileNotFoundException($"no push samples in {samplesFolder}");
        var folder = Directory.CreateDirectory(Path.Combine(targetRoot, "hotline12345")).FullName;
        for (var i = 0; i < records; i++)
        {
            var isUpdate = i % 10 == 9;
            var orderIndex = isUpdate ? i - 5 : i;
            var body = templates[orderIndex % templates.Count].DeepClone().AsObject();
            var order = body["order"]!.AsObject();
            var at = Start.AddSeconds(i * 7);
            var orderNo = $"BM-{orderIndex:D7}";
            body["eventId"] = $"e-bench-{i:D7}";
            body["eventType"] = isUpdate ? "ORDER_UPDATE" : "ORDER_DISPATCH";
            order["orderNo"] = orderNo;
            order["version"] = isUpdate ? 2 : 1;
            if (isUpdate) order["orderState"] = "办理中";
            mix?.Apply(order, orderIndex, isUpdate);
            order["updateTime"] = at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var name = $"{at:yyyyMMdd'T'HHmmss}-push-{orderNo}-v{(isUpdate ? 2 : 1)}.json";
            File.WriteAllText(Path.Combine(folder, name), body.ToJsonString(AsTheSamples));
        }
        return targetRoot;
    }
}
