using System.Text.Json;
using WireMock.Server;

namespace YiQiSuBan.Host.Tests.Support;

/// <summary>What a WireMock case-system receiver was sent: webhook id, seq, complaint, status answered.</summary>
public sealed record ReceivedWebhook(string Id, long Seq, string ComplaintId, int Status, string Body, string Timestamp, string Signature)
{
    public static IReadOnlyList<ReceivedWebhook> From(WireMockServer server) => server.LogEntries
        .Select(e =>
        {
            using var doc = JsonDocument.Parse(e.RequestMessage.Body!);
            return new ReceivedWebhook(e.RequestMessage.Headers!["webhook-id"].ToString(), doc.RootElement.GetProperty("seq").GetInt64(),
                doc.RootElement.GetProperty("complaintId").GetString()!, Convert.ToInt32(e.ResponseMessage.StatusCode, System.Globalization.CultureInfo.InvariantCulture),
                e.RequestMessage.Body!, e.RequestMessage.Headers["webhook-timestamp"].ToString(), e.RequestMessage.Headers["webhook-signature"].ToString());
        })
        .ToList();
}
