using System.Text;
using System.Text.Json.Nodes;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Tests.Compliance;

/// <summary>Payloads, records and events written in code for the store and pipeline tests (synthetic data only).</summary>
internal static class TestPayloads
{
    public static readonly DateTimeOffset Day = new(2024, 3, 4, 9, 0, 0, TimeParser.ChinaOffset);

    /// <summary>A hotline12345 push body for one order, as <see cref="TestKit.PushEventTestFormat"/> reads it.</summary>
    public static JsonObject PushBody(string orderNo, int version, string state = "待签收", string? content = null, string eventType = "ORDER_DISPATCH", int hour = 10) => new()
    {
        ["eventId"] = $"e-{orderNo}-{version}-{eventType}",
        ["eventType"] = eventType,
        ["order"] = new JsonObject
        {
            ["orderNo"] = orderNo,
            ["version"] = version,
            ["title"] = "榴园镇某纸业公司反映用电报装迟迟未办理",
            ["content"] = content ?? "来电人反映：其公司位于榴园镇工业园，用电报装三个月未办理，请尽快协调。",
            ["appealType"] = "求助",
            ["callTime"] = "2024-03-04 09:12:33",
            ["callerName"] = "测试人",
            ["callerPhone"] = "13800000000",
            ["isSecret"] = "0",
            ["companyName"] = "枣庄市峄城区测试纸业有限公司",
            ["companyCreditCode"] = "91350100M000100Y43",
            ["areaCode"] = "370404103",
            ["areaName"] = "榴园镇",
            ["address"] = "峄城区榴园镇工业园某路8号",
            ["questionCode"] = "0703",
            ["questionName"] = "供电/用电报装",
            ["dispatchTime"] = "2024-03-04 09:40:00",
            ["deadline"] = "2024-03-11 09:40:00",
            ["orderState"] = state,
            ["updateTime"] = $"2024-03-{4 + version:00} {hour:00}:00:00",
            ["attachments"] = new JsonArray(),
        },
    };

    public static RawPayload Payload(JsonNode body, string name = "push.json", int minute = 0) => new()
    {
        Channel = "hotline12345",
        Name = name,
        Bytes = Encoding.UTF8.GetBytes(body.ToJsonString()),
        ReceivedAt = Day.AddMinutes(minute),
        Delivery = "webhook",
    };

    public static RawPayload Bytes(byte[] bytes, string name = "blob.bin") => new()
    {
        Channel = "hotline12345", Name = name, Bytes = bytes, ReceivedAt = Day, Delivery = "upload",
    };

    public static SourceRecord Record(string sourceId, long version = 1) => new()
    {
        Channel = "hotline12345",
        SourceId = sourceId,
        Version = version,
        OccurredAt = Day,
        Fields = new Dictionary<string, string?> { ["orderNo"] = sourceId, ["content"] = "小区供暖不热，室温不足十六度。", ["callerName"] = "张三" },
    };

    public static Complaint Complaint(string id, string sourceId) => new()
    {
        Id = id,
        Channel = "hotline12345",
        Origin = "12345政务服务便民热线",
        SourceId = sourceId,
        SourceVersion = 1,
        Kind = ComplaintKind.Help,
        Title = "供暖问题",
        Content = "小区供暖不热，室温不足十六度。“峄城区”榴园镇，请尽快处理！",
        SubmittedAt = Day,
        ReceivedAt = Day.AddMinutes(5),
        Complainant = new Complainant { Name = "张三", Phone = "0632-7712345" },
        Enterprise = new Enterprise { Name = "枣庄市峄城区测试纸业有限公司", CreditCode = "91350100M000100Y43", CreditCodeValid = true },
        Location = new Location { RegionCode = "370404103", Township = "榴园镇", Address = "峄城区榴园镇工业园某路8号" },
        Category = new Category { SourceCode = "0703", SourceName = "供电/用电报装" },
        Status = new ComplaintStatus { State = ComplaintState.Processing, SourceState = "办理中" },
        Replies = [new Reply { Organization = "榴园镇人民政府", Content = "已联系供电公司处理。", At = Day.AddDays(1) }],
        Attachments = [new Attachment { Name = "现场照片.jpg", Url = "https://example.invalid/f/1", Size = 48211 }],
        RawDigest = new string('a', 64),
    };

    public static FeedEvent Event(string complaintId, int minute) =>
        new() { Type = FeedEventTypes.Created, ComplaintId = complaintId, At = Day.AddMinutes(minute) };

    public static QuarantineItem Quarantine(long rawId, int row, string stage) => new()
    {
        Channel = "hotline12345", File = "batch.json", RawId = rawId, Row = row, SourceId = $"ZZ-{row}", Stage = stage,
        Reason = $"第{row}行：内容为空", At = Day.AddMinutes(row),
    };

    /// <summary>The whole feed, read page by page.</summary>
    public static async Task<List<FeedEvent>> ReadAllAsync(IHubStore store, int page = 100)
    {
        var all = new List<FeedEvent>();
        while (true)
        {
            var next = await store.ReadFeedAsync(all.Count == 0 ? 0 : all[^1].Seq, page);
            if (next.Count == 0) return all;
            all.AddRange(next);
        }
    }
}
