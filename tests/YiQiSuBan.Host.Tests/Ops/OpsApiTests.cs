using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>The ops JSON API over HTTP: connector fallback, quarantine detail and re-drive, audit of operator actions.</summary>
public sealed partial class OpsApiTests : IAsyncLifetime
{
    private OpsHub _hub = null!;

    public async Task InitializeAsync() => _hub = await OpsHub.StartAsync(kestrel: false);

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    private async Task<JsonElement> GetJson(string path) => JsonDocument.Parse(await _hub.Client().GetStringAsync(path)).RootElement;

    [Fact]
    public async Task Channels_fall_back_to_the_six_mapped_channels_switched_off_and_cannot_be_run()
    {
        var data = await GetJson("/api/v1/ops/channels");
        Assert.False(data.GetProperty("canControl").GetBoolean());
        var channels = data.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal(["city-hub", "hotline12345", "mayor-mailbox", "offline", "people-board", "supervision"], channels.Select(c => c.GetProperty("channel").GetString()));
        Assert.All(channels, c => Assert.Equal("off", c.GetProperty("state").GetString()));
        var run = await _hub.Client().PostAsJsonAsync("/api/v1/ops/channels/offline/run", new { why = "test" });
        Assert.Equal(HttpStatusCode.Conflict, run.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _hub.Client(withKey: false).GetAsync("/api/v1/ops/channels")).StatusCode);
    }

    [Fact]
    public async Task Quarantined_gbk_payload_is_shown_decoded_and_masked()
    {
        var report = await _hub.IngestOfflineBatchWithBrokenMappingAsync();
        Assert.NotEmpty(report.Quarantined);
        var list = (await GetJson("/api/v1/ops/quarantine?channel=offline")).EnumerateArray().ToList();
        Assert.Equal(report.Quarantined.Count, list.Count);
        var detail = await GetJson("/api/v1/ops/quarantine/" + report.Quarantined[0].Id);
        var payload = detail.GetProperty("payload");
        Assert.Equal("gb18030", payload.GetProperty("encoding").GetString());
        var text = payload.GetProperty("text").GetString()!;
        Assert.Contains("诉求内容", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(Mobile(), text);
        Assert.Contains("****", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redrive_still_fails_before_the_mapping_fix_and_resolves_after_it_with_an_audit_entry()
    {
        var report = await _hub.IngestOfflineBatchWithBrokenMappingAsync();
        var id = report.Quarantined.First(q => q.SourceId is not null).Id;

        var before = await (await _hub.Client().PostAsJsonAsync("/api/v1/ops/quarantine/redrive", new { ids = new[] { id }, why = "before fix" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("failing", before[0].GetProperty("result").GetString());

        await _hub.FixOfflineMappingAsync();
        var after = await (await _hub.Client().PostAsJsonAsync("/api/v1/ops/quarantine/redrive", new { ids = new[] { id }, why = "列名已修正" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("passed", after[0].GetProperty("result").GetString());
        Assert.True(after[0].GetProperty("events").GetInt32() >= 1);

        var store = _hub.Get<IHubStore>();
        await using (var session = await store.BeginAsync())
        {
            Assert.Equal(QuarantineEntry.Resolved, (await _hub.Get<IQuarantineStore>().GetAsync(session, id, default))!.Status);
            var item = report.Quarantined.First(q => q.Id == id);
            Assert.NotNull((await store.GetComplaintAsync(YiQiSuBan.Core.Mapping.ComplaintIds.For("offline", item.SourceId!)))?.Complaint);
            var entries = await _hub.Get<AuditLog>().Repository(session).EntriesAboutAsync(session, ["quarantine:" + id], default);
            var action = Assert.Single(entries, e => e.Kind == AuditKinds.OperatorAction);
            Assert.Equal(AuditKinds.OperatorAction, action.Kind);
            Assert.Equal("api-key:console-test", AuditBody.Field(action.Body, "who"));
            Assert.Equal("quarantine.redrive", AuditBody.Field(action.Body, "what"));
            Assert.Equal("列名已修正", AuditBody.Field(action.Body, "why"));
        }

        var again = await (await _hub.Client().PostAsJsonAsync("/api/v1/ops/quarantine/redrive", new { ids = new[] { id } })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("skipped", again[0].GetProperty("result").GetString());
    }

    [Fact]
    public async Task Audit_verification_from_the_console_is_itself_audited_and_shown()
    {
        await _hub.IngestOfflineBatchWithBrokenMappingAsync(); // SQLite verification needs at least one raw payload (empty table: Dapper cannot type the row)
        var response = await _hub.Client().PostAsJsonAsync("/api/v1/ops/audit/verify", new { why = "周检" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body[..Math.Min(body.Length, 3000)]);
        var run = JsonDocument.Parse(body).RootElement;
        Assert.True(run.GetProperty("ok").GetBoolean());
        var audit = await GetJson("/api/v1/ops/audit");
        Assert.Equal("api-key:console-test", audit.GetProperty("lastVerification").GetProperty("who").GetString());
        Assert.True(audit.GetProperty("entries").GetInt64() >= 1);
    }

    [GeneratedRegex(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")]
    private static partial Regex Mobile();
}
