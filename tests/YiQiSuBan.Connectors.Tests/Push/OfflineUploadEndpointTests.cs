using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using YiQiSuBan.Connectors.Tests.Offline;

namespace YiQiSuBan.Connectors.Tests.Push;

/// <summary>POST /channels/offline/batches: a per-row report, and the same sheet twice creates nothing twice.</summary>
public sealed class OfflineUploadEndpointTests
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", name);
        return content;
    }

    [Fact]
    public async Task An_upload_is_answered_row_by_row_and_a_second_upload_of_the_same_sheet_is_a_duplicate()
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        var sheet = OfflineBatches.Csv("企业门前道路破损严重。", "", "园区路灯损坏。");
        var response = await client.PostAsync("/channels/offline/batches", Upload(sheet, "batch.csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var file = report.RootElement.GetProperty("files")[0];
        Assert.False(file.GetProperty("duplicate").GetBoolean());
        Assert.Equal(2, file.GetProperty("created").GetInt32());
        var refused = file.GetProperty("refused");
        Assert.Equal(1, refused.GetArrayLength());
        Assert.Equal(4, refused[0].GetProperty("row").GetInt32());

        var again = await client.PostAsync("/channels/offline/batches", Upload(sheet, "batch-again.csv"));
        using var second = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.True(second.RootElement.GetProperty("files")[0].GetProperty("duplicate").GetBoolean());
        Assert.Equal(2, await app.CountAsync("SELECT COUNT(*) FROM complaints WHERE channel = 'offline'"));
    }
}
