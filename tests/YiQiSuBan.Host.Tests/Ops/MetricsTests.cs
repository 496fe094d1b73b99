using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>/metrics scraped before, during and after a replay: the counters move by what the replay did; no personal data in labels.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private OpsHub _hub = null!;

    public async Task InitializeAsync() => _hub = await OpsHub.StartAsync(kestrel: false, new Dictionary<string, string?>
    {
        ["CaseSystem:Url"] = "http://127.0.0.1:9/hook", ["CaseSystem:Secrets:0"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
    });

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    private Task<string> Scrape() => _hub.Client().GetStringAsync("/metrics");

    [Fact]
    public async Task Replay_moves_records_quarantine_and_outbox_metrics()
    {
        const string channel = "channel=\"mayor-mailbox\"";
        var before = await Scrape();
        var entries = RecordedPayloads.Find(RepoPaths.Fixture("mayor-mailbox", "payloads"), "mayor-mailbox", _hub.Get<MappingCatalog>().Channels);
        var reports = new List<IngestReport>();
        var replay = _hub.Get<ReplayRunner>().RunAsync(entries, r => { lock (reports) reports.Add(r); });
        var seen = new List<double> { PrometheusText.Sum(before, "yqsb_records_in_total", channel) };
        while (!replay.IsCompleted) seen.Add(PrometheusText.Sum(await Scrape(), "yqsb_records_in_total", channel));
        await replay;
        var pending = reports.Sum(r => r.Events.Count); // the case system is down (no dispatcher): every event waits in the outbox
        var after = await Scrape();
        for (var i = 0; i < 50 && PrometheusText.Sum(after, "yqsb_outbox_depth", "status=\"pending\"") < pending; i++)
        {
            await Task.Delay(100); // gauges are sampled every 0.2 s
            after = await Scrape();
        }
        seen.Add(PrometheusText.Sum(after, "yqsb_records_in_total", channel));

        Assert.Equal(seen.Order(), seen); // never goes back
        double Delta(string metric, params string[] labels) => PrometheusText.Sum(after, metric, labels) - PrometheusText.Sum(before, metric, labels);
        Assert.Equal(reports.Sum(r => r.Records), Delta("yqsb_records_in_total", channel));
        var events = reports.SelectMany(r => r.Events).Where(e => e.Complaint?.Channel == "mayor-mailbox").ToList();
        Assert.Equal(events.Count, Delta("yqsb_records_out_total", channel));
        Assert.Equal(reports.Sum(r => r.Quarantined.Count), Delta("yqsb_quarantined_total", channel));
        Assert.Equal(reports.Select(r => r.File).Distinct().Count(), Delta("yqsb_payloads_in_total", channel));
        Assert.True(reports.Sum(r => r.Records) > 0);
        Assert.Equal(pending, PrometheusText.Sum(after, "yqsb_outbox_depth", "status=\"pending\""));
        Assert.True(PrometheusText.Has(after, "yqsb_outbox_age"));
        Assert.DoesNotMatch(@"1[3-9][0-9]{9}", after);
    }
}
