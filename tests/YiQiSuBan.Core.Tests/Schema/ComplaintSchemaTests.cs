using System.Text;
using System.Text.Json.Nodes;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Core.Tests.Schema;

/// <summary>The published canonical complaint v1 schema accepts what the mapper makes and refuses broken documents.</summary>
public sealed class ComplaintSchemaTests
{
    private const string Push = """
        {"eventId":"e-1","eventType":"ORDER_DISPATCH","order":{"orderNo":"ZZ12345-20240304-000001","version":2,
         "title":"榴园镇某纸业公司反映用电报装迟迟未办理","content":"来电人反映：其公司位于榴园镇，\n用电报装三个月未办理。",
         "appealType":"求助","callTime":"2024-03-04 09:12:33","callerName":"测试人","callerPhone":"+86 138 0000 0000","isSecret":"1",
         "companyName":"枣庄市峄城区测试纸业有限公司","companyCreditCode":"91350100m000100y43","areaCode":"370404103","areaName":"榴园镇",
         "address":"峄城区榴园镇工业园某路8号","questionCode":"0703","questionName":"供电/用电报装","dispatchTime":"2024-03-04 09:40:00",
         "deadline":"2024-03-11 09:40:00","orderState":"办理中","updateTime":"2024-03-05 10:00:00",
         "attachments":[{"fileName":"现场照片1.jpg","url":"https://example.invalid/files/8f3a","size":48211}]}}
        """;

    private static string MappedComplaintJson()
    {
        var payload = new RawPayload { Channel = "hotline12345", Name = "push.json", Bytes = Encoding.UTF8.GetBytes(Push), ReceivedAt = DateTimeOffset.Parse("2024-03-05T10:00:05+08:00") };
        var record = new PushEventTestFormat().Parse(payload).Single().Record!;
        return HubJson.Serialize(Hub.Mapper.Map(record, payload.ReceivedAt, payload.Sha256));
    }

    [Fact]
    public void A_mapped_complaint_is_valid()
    {
        var json = MappedComplaintJson();
        ComplaintSchema.AssertValid(json);
        Assert.Contains("\"kind\":\"help\"", json);
    }

    [Theory]
    [InlineData("content", null)]
    [InlineData("kind", "Help")]
    [InlineData("receivedAt", "2024-03-05T10:00:05")]
    [InlineData("receivedAt", "2024-03-05 10:00:05+08:00")]
    [InlineData("channel", "wechat")]
    [InlineData("rawDigest", "ABC")]
    [InlineData("schemaVersion", 2)]
    public void A_broken_complaint_is_not_valid(string field, object? value)
    {
        var doc = JsonNode.Parse(MappedComplaintJson())!.AsObject();
        doc[field] = value is null ? null : JsonValue.Create(value);
        Assert.NotEmpty(ComplaintSchema.Problems(doc.ToJsonString()));
    }

    [Fact]
    public void A_complaint_missing_a_contract_field_or_with_a_bad_nested_value_is_not_valid()
    {
        var missing = JsonNode.Parse(MappedComplaintJson())!.AsObject();
        missing.Remove("status");
        var badRegion = JsonNode.Parse(MappedComplaintJson())!.AsObject();
        badRegion["location"]!["regionCode"] = "3704";
        var badState = JsonNode.Parse(MappedComplaintJson())!.AsObject();
        badState["status"]!["state"] = "Processing";

        Assert.NotEmpty(ComplaintSchema.Problems(missing.ToJsonString()));
        Assert.NotEmpty(ComplaintSchema.Problems(badRegion.ToJsonString()));
        Assert.NotEmpty(ComplaintSchema.Problems(badState.ToJsonString()));
    }
}
