using System.Diagnostics;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;
using YiQiSuBan.TestKit.Audit;
using Xunit.Abstractions;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>
/// Replay-style ingest (500 records per transaction) with the audit observer on and off, on SQLite and PostgreSQL.
/// Runs only with YQSB_BENCH=1 (it takes a minute); prints the best of two alternating rounds
/// (records/s) and the on/off ratio.
/// </summary>
public sealed class AuditThroughputBenchmark(ITestOutputHelper output)
{
    private const int Payloads = 1500;
    private const int PayloadsPerTransaction = 125;

    [Fact]
    public async Task Replay_throughput_with_audit_on_versus_off()
    {
        if (Environment.GetEnvironmentVariable("YQSB_BENCH") != "1") return;
        var payloads = Enumerable.Range(0, Payloads).Select(i => SyntheticPayloads.Payload(i)).ToList();
        foreach (var dialect in new[] { "sqlite", "postgres" })
        {
            await MeasureAsync(dialect, payloads.Take(200).ToList(), audit: true); // warm-up
            double off = 0, on = 0;
            for (var round = 0; round < 2; round++)
            {
                off = Math.Max(off, await MeasureAsync(dialect, payloads, audit: false));
                on = Math.Max(on, await MeasureAsync(dialect, payloads, audit: true));
            }
            output.WriteLine($"{dialect}: audit off {off:F0} records/s, on {on:F0} records/s, ratio {on / off:P1}");
        }
    }

    private static async Task<double> MeasureAsync(string dialect, IReadOnlyList<RawPayload> payloads, bool audit)
    {
        await using IAuditTestStore t = dialect == "sqlite" ? await SqliteAuditTestStore.CreateAsync() : await PostgresAuditTestStore.CreateAsync();
        var pipeline = new AuditHarness().Pipeline(t.Store, audit);
        var clock = Stopwatch.StartNew();
        var records = 0;
        for (var i = 0; i < payloads.Count; i += PayloadsPerTransaction)
        {
            await using IHubSession session = await t.Store.BeginAsync();
            foreach (var payload in payloads.Skip(i).Take(PayloadsPerTransaction))
                records += (await pipeline.IngestAsync(payload, session, pipeline.ParseAll(payload), default)).Records;
            await session.CommitAsync();
        }
        return records / clock.Elapsed.TotalSeconds;
    }
}
