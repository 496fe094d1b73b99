using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Core.Delivery;
using YiQiSuBan.Host.Tests.Support;

namespace YiQiSuBan.Host.Tests.Delivery;

/// <summary>The transactional outbox against a real HTTP receiver (WireMock) playing the case system.</summary>
public class OutboxDeliveryTests : IAsyncLifetime
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private readonly WireMockServer _receiver = WireMockServer.Start();
    private DeliveryHub _hub = null!;

    /// <summary>Run on PostgreSQL instead of SQLite.</summary>
    protected virtual bool Postgres => false;

    public async Task InitializeAsync() => _hub = await StartHubAsync("3.00:00:00");

    private Task<DeliveryHub> StartHubAsync(string horizon) => DeliveryHub.StartAsync(new Dictionary<string, string?>
    {
        ["CaseSystem:Url"] = _receiver.Url + "/hook", ["CaseSystem:Secrets:0"] = Secret, ["Outbox:RetryHorizon"] = horizon,
    }, postgres: Postgres);

    public async Task DisposeAsync()
    {
        await _hub.DisposeAsync();
        _receiver.Stop();
    }

    private void Answer(int status, string? bodyContains = null, int priority = 10)
    {
        var request = Request.Create().WithPath("/hook").UsingPost();
        if (bodyContains is not null) request = request.WithBody(new WildcardMatcher("*" + bodyContains + "*"));
        _receiver.Given(request).AtPriority(priority).RespondWith(Response.Create().WithStatusCode(status));
    }

    private async Task<List<string>> IngestVersionsAsync(params string[] orders)
    {
        var ids = new List<string>();
        for (var v = 1; v <= 3; v++)
            foreach (var order in orders)
                ids.AddRange((await _hub.IngestAsync(order, v)).Events.Select(e => e.ComplaintId));
        return ids.Distinct().ToList();
    }

    private async Task<bool> AllDeliveredAsync() => (await _hub.OutboxAsync()).All(m => m.Status == OutboxStatus.Delivered);

    [Fact]
    public async Task Every_feed_event_gets_an_outbox_row_in_the_ingest_transaction()
    {
        await IngestVersionsAsync("ZZ-A");
        var feed = await _hub.Store.ReadFeedAsync(0, 100);
        var outbox = await _hub.OutboxAsync();
        Assert.Equal(3, feed.Count);
        Assert.Equal(feed.Select(OutboxWriter.EventIdFor).Order(), outbox.Select(m => m.EventId).Order());
    }

    [Fact]
    public async Task Receiver_down_then_up_loses_nothing_keeps_order_and_repeats_only_the_same_webhook_id()
    {
        Answer(503);
        await IngestVersionsAsync("ZZ-A", "ZZ-B", "ZZ-C");
        for (var i = 0; i < 5; i++) { await _hub.Get<OutboxPump>().RunOnceAsync(default); await Task.Delay(60); }
        Assert.Contains(ReceivedWebhook.From(_receiver), w => w.Status == 503);

        _receiver.Reset();
        Answer(204);
        await _hub.PumpUntilAsync(AllDeliveredAsync, TimeSpan.FromSeconds(20));

        var all = ReceivedWebhook.From(_receiver);
        var outbox = await _hub.OutboxAsync();
        var delivered = all.Where(w => w.Status == 204).ToList();
        Assert.Equal(outbox.Select(m => m.EventId).Order(), delivered.Select(w => w.Id).Distinct().Order());
        foreach (var complaint in delivered.GroupBy(w => w.ComplaintId))
            Assert.Equal(complaint.Select(w => w.Seq).Order(), complaint.Select(w => w.Seq));
        foreach (var sameId in all.GroupBy(w => w.Id))
        {
            Assert.Single(sameId.Select(w => w.Body).Distinct());
            Assert.All(sameId, w => Assert.True(WebhookSigner.Verify([Secret], w.Id, long.Parse(w.Timestamp, System.Globalization.CultureInfo.InvariantCulture), w.Body, w.Signature)));
        }
    }

    [Fact]
    public async Task A_failing_event_holds_back_its_own_complaint_only()
    {
        var ids = await IngestVersionsAsync("ZZ-A", "ZZ-B");
        var (blocked, free) = (ids[0], ids[1]);
        Answer(500, blocked, priority: 1);
        Answer(204);
        await _hub.PumpUntilAsync(async () => (await _hub.OutboxAsync()).Count(m => m.ComplaintId == free && m.Status == OutboxStatus.Delivered) == 3, TimeSpan.FromSeconds(10));
        for (var i = 0; i < 3; i++) { await _hub.Get<OutboxPump>().RunOnceAsync(default); await Task.Delay(60); }

        var held = (await _hub.OutboxAsync()).Where(m => m.ComplaintId == blocked).OrderBy(m => m.Id).ToList();
        Assert.All(held, m => Assert.Equal(OutboxStatus.Pending, m.Status));
        Assert.True(held[0].Attempts > 1);
        Assert.All(held.Skip(1), m => Assert.Equal(0, m.Attempts));
        Assert.DoesNotContain(ReceivedWebhook.From(_receiver), w => w.Id == held[1].EventId);
    }

    [Fact]
    public async Task Parked_after_the_horizon_then_redriven_in_order()
    {
        await _hub.DisposeAsync();
        _hub = await StartHubAsync("00:00:00.300");
        Answer(503);
        var ids = await IngestVersionsAsync("ZZ-P");
        await _hub.PumpUntilAsync(async () => (await _hub.OutboxAsync(OutboxStatus.Parked)).Count == 1, TimeSpan.FromSeconds(10));
        var parked = Assert.Single(await _hub.OutboxAsync(OutboxStatus.Parked));
        Assert.Equal("HTTP 503", parked.LastError);
        Assert.Equal(2, (await _hub.OutboxAsync(OutboxStatus.Pending)).Count);

        _receiver.Reset();
        Answer(204);
        await _hub.Get<OutboxPump>().RunOnceAsync(default);
        Assert.Empty(await _hub.OutboxAsync(OutboxStatus.Delivered));

        Assert.Equal(1, await _hub.Get<OutboxAdmin>().RetryAsync(null));
        await _hub.PumpUntilAsync(AllDeliveredAsync, TimeSpan.FromSeconds(10));
        var delivered = ReceivedWebhook.From(_receiver).Where(w => w.Status == 204).ToList();
        Assert.Equal(3, delivered.Count);
        Assert.Equal(delivered.Select(w => w.Seq).Order(), delivered.Select(w => w.Seq));
        Assert.All(delivered, w => Assert.Equal(ids[0], w.ComplaintId));
    }

    [Fact]
    public async Task Two_dispatchers_on_one_store_send_every_message_once_and_in_order()
    {
        _receiver.Given(Request.Create().WithPath("/hook").UsingPost()).RespondWith(Response.Create().WithStatusCode(204).WithDelay(20));
        await IngestVersionsAsync("ZZ-A", "ZZ-B", "ZZ-C", "ZZ-D", "ZZ-E", "ZZ-F");
        var other = ActivatorUtilities.CreateInstance<OutboxPump>(_hub.Services); // a second node's dispatcher

        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        async Task RunAsync(OutboxPump pump)
        {
            while (!await AllDeliveredAsync())
                if (await pump.RunOnceAsync(stop.Token) == 0) await Task.Delay(5, stop.Token);
        }
        await Task.WhenAll(RunAsync(_hub.Get<OutboxPump>()), RunAsync(other));

        var received = ReceivedWebhook.From(_receiver);
        var outbox = await _hub.OutboxAsync();
        Assert.Equal(18, outbox.Count);
        Assert.Equal(outbox.Select(m => m.EventId).Order(), received.Select(w => w.Id).Order()); // each exactly once
        foreach (var complaint in received.GroupBy(w => w.ComplaintId))
            Assert.Equal(complaint.Select(w => w.Seq).Order(), complaint.Select(w => w.Seq));
    }

    [Fact]
    public async Task Messages_held_by_a_dispatcher_that_died_are_sent_when_its_lease_ends()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await _hub.DisposeAsync();
        _hub = await DeliveryHub.StartAsync(new Dictionary<string, string?>
        {
            ["CaseSystem:Url"] = _receiver.Url + "/hook", ["CaseSystem:Secrets:0"] = Secret, ["Outbox:LeaseDuration"] = "00:05:00",
        }, clock, Postgres);
        Answer(204);
        await _hub.IngestAsync("ZZ-A", at: clock.GetUtcNow());
        await using (var session = await _hub.Store.BeginAsync())
        {
            var now = clock.GetUtcNow();
            Assert.Single(await _hub.Get<IOutboxStore>().ClaimDueAsync(session, now, now.AddMinutes(5), 100)); // then the node dies
            await session.CommitAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await _hub.Get<OutboxPump>().RunOnceAsync(default));
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await _hub.Get<OutboxPump>().RunOnceAsync(default));

        Assert.Single(ReceivedWebhook.From(_receiver));
    }
}
