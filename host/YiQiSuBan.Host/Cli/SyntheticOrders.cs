using System.Globalization;
using System.Text;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Host.Cli;

/// <summary>
/// Made-up 12345 work orders (no real person) fed through the real ingest pipeline and hotline12345 mapping,
/// for the delivery benchmark and tests. Parsing is skipped: the records are built as the parser would.
/// </summary>
public static class SyntheticOrders
{
    public static SourceRecord Record(string orderNo, DateTimeOffset at, int version = 1, bool confidential = false, string state = "待签收")
    {
        var local = at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new SourceRecord
        {
            Channel = "hotline12345", SourceId = orderNo, Version = version, OccurredAt = at, EventType = "ORDER_DISPATCH",
            Fields = new Dictionary<string, string?>
            {
                ["orderNo"] = orderNo, ["title"] = "测试工单 " + orderNo, ["content"] = "企业反映用电报装办理缓慢，请协调。（合成数据）",
                ["appealType"] = "投诉", ["callTime"] = local, ["callerName"] = "测试人", ["callerPhone"] = "13800138000",
                ["isSecret"] = confidential ? "1" : "0", ["areaCode"] = "370404103", ["areaName"] = "榴园镇", ["address"] = "峄城区榴园镇工业园",
                ["questionCode"] = "0703", ["questionName"] = "供电/用电报装", ["dispatchTime"] = local, ["orderState"] = state, ["updateTime"] = local,
            },
        };
    }

    /// <summary>Ingests one order as its own payload (one transaction); returns the ingest report.</summary>
    public static Task<IngestReport> IngestAsync(IngestPipeline pipeline, Core.Storage.IHubStore store, SourceRecord record, DateTimeOffset receivedAt, CancellationToken ct) =>
        IngestOneAsync(pipeline, store, record, receivedAt, ct);

    private static async Task<IngestReport> IngestOneAsync(IngestPipeline pipeline, Core.Storage.IHubStore store, SourceRecord record, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var payload = new RawPayload
        {
            Channel = record.Channel, Name = $"synthetic-{record.SourceId}-v{record.Version}.json", Delivery = "push", ReceivedAt = receivedAt,
            Bytes = Encoding.UTF8.GetBytes($"{{\"orderNo\":\"{record.SourceId}\",\"version\":{record.Version},\"at\":\"{receivedAt:O}\"}}"),
        };
        await using var session = await store.BeginAsync(ct);
        var report = await pipeline.IngestAsync(payload, session, [ParseResult.Ok(record)], ct);
        await session.CommitAsync(ct);
        return report;
    }
}
