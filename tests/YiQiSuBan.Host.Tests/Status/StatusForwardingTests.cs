using System.Text.Json;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Core.Delivery.BackChannels;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Status;
using YiQiSuBan.Host.Tests.Support;

namespace YiQiSuBan.Host.Tests.Status;

/// <summary>Status intake and forwarding to each channel's back channel (WireMock plays the counterparts).</summary>
public class StatusForwardingTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
    private readonly WireMockServer _channel = WireMockServer.Start();
    private DeliveryHub _hub = null!;

    /// <summary>Run on PostgreSQL instead of SQLite.</summary>
    protected virtual bool Postgres => false;

    public async Task InitializeAsync() => _hub = await DeliveryHub.StartAsync(new Dictionary<string, string?>
    {
        ["BackChannels:Hotline12345:BaseUrl"] = _channel.Url, ["BackChannels:Hotline12345:AppKey"] = "district-app", ["BackChannels:Hotline12345:AppSecret"] = "s3cret",
        ["BackChannels:CityHub:BaseUrl"] = _channel.Url, ["BackChannels:CityHub:ClientId"] = "hub", ["BackChannels:CityHub:ClientSecret"] = "cs",
        ["BackChannels:Supervision:BaseUrl"] = _channel.Url, ["BackChannels:Supervision:Token"] = "prov-token",
    }, postgres: Postgres);

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _channel.Stop();
    }

    private Task<StatusResult> PostAsync(string id, StatusKind kind, DateTimeOffset at, string? unit = null, string? reason = null) =>
        _hub.Get<StatusIntake>().ApplyAsync(id, new StatusUpdate { Kind = kind, At = at, HandlingUnit = unit, Reason = reason, Content = "已联系企业" });

    private async Task<bool> NothingPendingAsync() => (await _hub.OutboxAsync(OutboxStatus.Pending)).Count == 0;

    [Fact]
    public async Task Hotline12345_action_is_signed_retried_on_5000_and_idempotent_by_request_id()
    {
        var id = (await _hub.IngestAsync("ZZ12345-20260302-000001")).Events[0].ComplaintId;
        var path = "/api/v2/district/workorders/ZZ12345-20260302-000001/actions";
        _channel.Given(Request.Create().WithPath(path).UsingPost()).InScenario("busy").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"code":"5000","message":"内部错误","data":null}"""));
        _channel.Given(Request.Create().WithPath(path).UsingPost()).InScenario("busy").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"code":"0000","message":"成功","data":null}"""));

        var result = await PostAsync(id, StatusKind.Accepted, T0);
        Assert.True(result.Applied && result.Forwarded);
        await _hub.PumpUntilAsync(NothingPendingAsync, TimeSpan.FromSeconds(10));

        var calls = _channel.LogEntries.Select(e => e.RequestMessage).ToList();
        Assert.Equal(2, calls.Count);
        var bodies = calls.Select(c => JsonDocument.Parse(c.Body!).RootElement).ToList();
        Assert.All(bodies, b => Assert.Equal("SIGN", b.GetProperty("action").GetString()));
        Assert.Equal(bodies[0].GetProperty("requestId").GetString(), bodies[1].GetProperty("requestId").GetString());
        Assert.Equal("2026-03-02 09:00:00", bodies[0].GetProperty("actionTime").GetString());
        foreach (var c in calls)
        {
            var h = c.Headers!;
            var expected = Hotline12345Signature.Sign("district-app", "s3cret", h["X-Timestamp"].ToString(), h["X-Nonce"].ToString(), "POST", path, c.BodyAsBytes);
            Assert.Equal(expected, h["X-Sign"].ToString());
        }
        Assert.Equal(OutboxStatus.Delivered, (await _hub.OutboxAsync()).Single(m => m.Target == "hotline12345").Status);
    }

    [Fact]
    public async Task Hotline12345_unknown_order_parks_with_the_code()
    {
        var id = (await _hub.IngestAsync("ZZ12345-20260302-000002")).Events[0].ComplaintId;
        _channel.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"code":"4004","message":"工单不存在"}"""));
        await PostAsync(id, StatusKind.Returned, T0, reason: "不属于本单位职责");
        await _hub.PumpUntilAsync(NothingPendingAsync, TimeSpan.FromSeconds(10));
        var parked = (await _hub.OutboxAsync(OutboxStatus.Parked)).Single();
        Assert.StartsWith("12345 code 4004", parked.LastError);
        Assert.Equal("RETURN", JsonDocument.Parse(_channel.LogEntries.Single().RequestMessage.Body!).RootElement.GetProperty("action").GetString());
    }

    [Fact]
    public async Task City_hub_status_gets_a_new_token_after_401()
    {
        var id = await _hub.SeedAsync("city-hub", "AP-2026-0001");
        var tokens = 0;
        _channel.Given(Request.Create().WithPath("/oauth/token").UsingPost())
            .RespondWith(Response.Create().WithCallback(_ => new WireMock.ResponseMessage
            {
                StatusCode = 200,
                BodyData = new WireMock.Util.BodyData { BodyAsString = $$"""{"access_token":"tok{{Interlocked.Increment(ref tokens)}}","token_type":"Bearer","expires_in":7200}""", DetectedBodyType = WireMock.Types.BodyType.String },
            }));
        var status = "/open/v1/appeals/AP-2026-0001/status";
        _channel.Given(Request.Create().WithPath(status).UsingPost().WithHeader("Authorization", "Bearer tok1")).RespondWith(Response.Create().WithStatusCode(401));
        _channel.Given(Request.Create().WithPath(status).UsingPost().WithHeader("Authorization", "Bearer tok2")).RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"code":0,"message":"ok"}"""));

        await PostAsync(id, StatusKind.Assigned, T0, unit: "区发改局");
        await _hub.PumpUntilAsync(NothingPendingAsync, TimeSpan.FromSeconds(10));

        Assert.Equal(2, tokens);
        var last = _channel.LogEntries.Last(e => e.RequestMessage.Path == status).RequestMessage;
        var body = JsonDocument.Parse(last.Body!).RootElement;
        Assert.Equal("PROCESSING", body.GetProperty("status").GetString());
        Assert.Equal("区发改局", body.GetProperty("unit").GetString());
        Assert.Contains((await _hub.OutboxAsync()), m => m.Target == "city-hub" && m.Status == OutboxStatus.Delivered);
    }

    [Fact]
    public async Task Supervision_reply_is_xml_with_the_handling_unit_and_a_refusal_parks()
    {
        var ok = await _hub.SeedAsync("supervision", "ZB2026000001");
        var refused = await _hub.SeedAsync("supervision", "ZB2026000002");
        _channel.Given(Request.Create().WithPath("/dcpt/transfer/ZB2026000001/reply").UsingPost().WithHeader("Authorization", "Bearer prov-token"))
            .RespondWith(Response.Create().WithBody("<RESULT><CODE>0</CODE><MSG>成功</MSG></RESULT>"));
        _channel.Given(Request.Create().WithPath("/dcpt/transfer/ZB2026000002/reply").UsingPost())
            .RespondWith(Response.Create().WithBody("<RESULT><CODE>3</CODE><MSG>已回复</MSG></RESULT>"));
        foreach (var id in new[] { ok, refused })
        {
            Assert.False((await PostAsync(id, StatusKind.Assigned, T0, unit: "古邵镇人民政府")).Forwarded);
            Assert.True((await PostAsync(id, StatusKind.Resolved, T0.AddDays(2))).Forwarded);
        }
        await _hub.PumpUntilAsync(NothingPendingAsync, TimeSpan.FromSeconds(10));

        var xml = _channel.LogEntries.First(e => e.RequestMessage.Path.Contains("ZB2026000001", StringComparison.Ordinal)).RequestMessage.Body!;
        Assert.Contains("<ZBDH>ZB2026000001</ZBDH>", xml, StringComparison.Ordinal);
        Assert.Contains("<BLDW>古邵镇人民政府</BLDW>", xml, StringComparison.Ordinal);
        Assert.Contains("<HFSJ>2026-03-04 09:00:00</HFSJ>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("DOCTYPE", xml, StringComparison.Ordinal);
        var outbox = (await _hub.OutboxAsync()).Where(m => m.Target == "supervision").ToList();
        Assert.Equal(OutboxStatus.Delivered, outbox.Single(m => m.ComplaintId == ok).Status);
        Assert.Equal("supervision CODE 3 已回复", outbox.Single(m => m.ComplaintId == refused).LastError);
    }

    [Fact]
    public async Task An_older_status_is_recorded_but_does_not_move_the_state_back()
    {
        var id = await _hub.SeedAsync("offline", "row-1");
        await PostAsync(id, StatusKind.Contacted, T0.AddHours(1));
        var stale = await PostAsync(id, StatusKind.Accepted, T0);
        Assert.True(stale.Found);
        Assert.False(stale.Applied);

        var view = await _hub.Get<ComplaintReader>().GetAsync(id, Core.Access.ApiRole.CaseSystem);
        Assert.Equal(ComplaintState.Processing, view!.Complaint.Status.State);
        Assert.Equal(2, view.Statuses.Count);
        var feed = await _hub.Store.ReadFeedAsync(0, 100);
        Assert.Equal([FeedEventTypes.Created, FeedEventTypes.Updated], feed.Where(e => e.ComplaintId == id).Select(e => e.Type));
    }
}
