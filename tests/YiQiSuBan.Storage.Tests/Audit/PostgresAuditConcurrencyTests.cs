using YiQiSuBan.TestKit.Audit;
using System.Diagnostics;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;
using Xunit.Abstractions;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>Several writers append to one PostgreSQL chain at once (with checkpoints in between): the chain never forks.</summary>
public sealed class PostgresAuditConcurrencyTests(ITestOutputHelper output)
{
    private const int Writers = 4;
    private const int EntriesPerWriter = 10_000;
    private const int EntriesPerTransaction = 50;

    [Fact]
    public async Task Four_writers_of_ten_thousand_entries_leave_one_chain_that_verifies()
    {
        var audit = new AuditHarness();
        await using var t = await PostgresAuditTestStore.CreateAsync();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var checkpoints = Task.Run(async () =>
        {
            var made = 0;
            while (!stop.IsCancellationRequested)
            {
                await audit.Log.CheckpointAsync(t.Store);
                made++;
                try { await Task.Delay(500, stop.Token); } catch (OperationCanceledException) { }
            }
            return made;
        });
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(audit.Log, t.Store, w))));
        var writeTime = clock.Elapsed;
        await stop.CancelAsync();
        var made = await checkpoints;
        await audit.Log.CheckpointAsync(t.Store);

        var result = await audit.Verifier.VerifyAsync(t.Store);
        output.WriteLine($"{Writers}x{EntriesPerWriter} entries written in {writeTime.TotalSeconds:F1} s, {made + 1} checkpoints, verified in {(clock.Elapsed - writeTime).TotalSeconds:F1} s");
        Assert.True(result.Ok, string.Join("\n", result.Findings.Take(5)));
        Assert.Equal(Writers * EntriesPerWriter, result.Entries);
        Assert.Equal(made + 1, result.Checkpoints);
    }

    private static async Task WriteAsync(AuditLog log, IHubStore store, int writer)
    {
        for (var done = 0; done < EntriesPerWriter;)
        {
            await using var session = await store.BeginAsync();
            for (var i = 0; i < EntriesPerTransaction; i++, done++)
                await log.AppendAsync(session, AuditKinds.OperatorAction, $"writer:{writer}", AuditBody.Of(("n", done), ("who", "test"), ("what", "load"), ("why", "concurrency")));
            await session.CommitAsync();
        }
    }
}
