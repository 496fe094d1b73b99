using System.Globalization;
using System.Text;
using System.Text.Json;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.TestKit.Audit;

/// <summary>Made-up hotline payloads for <see cref="FlatJsonTestFormat"/>: new work orders and later versions of them.</summary>
public static class SyntheticPayloads
{
    public const string Phone = "13912345678";
    private static readonly string[] Townships = ["新城街道", "四里店镇", "北园街道"];

    /// <summary>Payload <paramref name="index"/>: <paramref name="records"/> orders; every third payload revisits earlier orders.</summary>
    public static RawPayload Payload(int index, int records = 4)
    {
        var at = new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddHours(index);
        var revisit = index % 3 == 2;
        var items = Enumerable.Range(0, records).Select(r =>
        {
            var order = revisit ? (index - 2) * records + r : index * records + r;
            return new Dictionary<string, string>
            {
                ["workOrderNo"] = $"ZZ{order:D6}",
                ["version"] = revisit ? "2" : "1",
                ["title"] = $"噪音扰民 {order}",
                ["content"] = $"夜间施工噪音，第{order}号工单" + (revisit ? "，已派单" : ""),
                ["callTime"] = at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                ["callerName"] = "张三",
                ["callerPhone"] = Phone,
                ["appealType"] = "投诉",
                ["orderState"] = revisit ? "处理中" : "待处理",
                ["areaName"] = Townships[order % Townships.Length],
                ["address"] = "某路" + order + "号",
            };
        });
        return new RawPayload
        {
            Channel = "hotline12345",
            Name = $"{at:yyyyMMdd'T'HHmmss}-push-{index}.json",
            Bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(items)),
            ReceivedAt = at,
            Delivery = "push",
        };
    }
}
