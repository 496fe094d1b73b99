using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Compliance;

/// <summary>
/// What every pull connector must do against its simulated counterpart: read everything, survive each documented
/// fault with the data complete and nothing doubled, and resume after a crash at any point as if undisturbed.
/// Subclass once per connector.
/// </summary>
public abstract class ConnectorCompliance<TSimulator> where TSimulator : SimulatorServer
{
    protected abstract string Key { get; }

    /// <summary>sqlite, or postgres for the PostgreSQL run of the suite.</summary>
    protected virtual string StoreKind => "sqlite";

    protected ConnectorHarness Harness(TSimulator simulator, YiQiSuBan.Core.Pipeline.IIngestObserver? observer = null) =>
        new(Settings(simulator), observer, StoreKind);

    protected abstract TSimulator CreateSimulator();

    /// <summary>Channel settings for a connector talking to <paramref name="simulator"/>.</summary>
    protected abstract Dictionary<string, string?> Settings(TSimulator simulator);

    /// <summary>Fills the simulator with <paramref name="count"/> records.</summary>
    protected abstract void Seed(TSimulator simulator, int count);

    /// <summary>The record keys (id@version) the simulator holds.</summary>
    protected abstract IReadOnlyList<string> Expected(TSimulator simulator);

    /// <summary>The record keys one stored payload carries.</summary>
    protected abstract IEnumerable<string> KeysIn(byte[] payload);

    /// <summary>Makes the counterpart refuse the current credentials once (expired token); false when the channel has none that expire.</summary>
    protected virtual bool ExpireCredentials(TSimulator simulator) => false;

    protected virtual SimulatedFault[] Fault(string name) => name switch
    {
        "503" => [SimulatedFault.Http(503), SimulatedFault.Http(502)],
        "429-retry-after" => [SimulatedFault.Http(429, retryAfter: 1)],
        "timeout" => [SimulatedFault.Slow(TimeSpan.FromSeconds(2.5))],
        "truncated" => [SimulatedFault.Cut()],
        "business-error" => [SimulatedFault.Business(TransientBusinessCode)],
        "503-then-429" => [SimulatedFault.Http(503), SimulatedFault.Http(429, retryAfter: 1), SimulatedFault.Cut()],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The channel's business error code that says "try again".</summary>
    protected abstract string TransientBusinessCode { get; }

    [Fact]
    public async Task Happy_path_reads_everything_once_and_a_second_run_adds_nothing()
    {
        using var sim = CreateSimulator();
        Seed(sim, 25);
        await using var hub = Harness(sim);
        var first = await hub.RunAsync(Key);
        Assert.True(first.Succeeded, first.Error);
        await AssertCompleteAsync(hub, sim);
        var stored = (await hub.RawPayloadsAsync(Key)).Count;

        var second = await hub.RunAsync(Key);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(stored, (await hub.RawPayloadsAsync(Key)).Count);
        var status = await hub.State.GetAsync(Key, default);
        Assert.Equal("healthy", status.Health);
        Assert.NotNull(status.Position);
        Assert.NotNull(status.LastSuccessAt);
    }

    [Theory]
    [MemberData(nameof(ComplianceFaults.Names), MemberType = typeof(ComplianceFaults))]
    public async Task Documented_fault_is_survived_with_data_complete(string fault)
    {
        using var sim = CreateSimulator();
        Seed(sim, 25);
        await using var hub = Harness(sim);
        sim.Fail(Fault(fault));
        var result = await hub.RunAsync(Key);
        Assert.True(result.Succeeded, result.Error);
        await AssertCompleteAsync(hub, sim);
    }

    [Fact]
    public async Task Expired_credentials_are_renewed()
    {
        using var sim = CreateSimulator();
        Seed(sim, 5);
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        if (!ExpireCredentials(sim)) return;
        Seed(sim, 5);
        var result = await hub.RunAsync(Key);
        Assert.True(result.Succeeded, result.Error);
        await AssertCompleteAsync(hub, sim);
    }

    [Fact]
    public async Task A_fault_that_outlasts_the_retries_fails_the_run_without_moving_the_position()
    {
        using var sim = CreateSimulator();
        Seed(sim, 5);
        await using var hub = Harness(sim);
        sim.Fail(Enumerable.Repeat(SimulatedFault.Http(503), 5).ToArray());
        var result = await hub.RunAsync(Key);
        Assert.False(result.Succeeded);
        var status = await hub.State.GetAsync(Key, default);
        Assert.Null(status.Position);
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Contains("503", status.LastError);

        var retry = await hub.RunAsync(Key);
        Assert.True(retry.Succeeded, retry.Error);
        await AssertCompleteAsync(hub, sim);
        Assert.Equal(0, (await hub.State.GetAsync(Key, default)).ConsecutiveFailures);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Crash_inside_a_batch_then_restart_equals_an_undisturbed_run(int seed)
    {
        var random = new Random(seed);
        using var sim = CreateSimulator();
        Seed(sim, 450);
        await using var baseline = Harness(sim);
        Assert.True((await baseline.RunAsync(Key)).Succeeded);
        var expectedCounts = await baseline.CountsAsync(Key);

        var crash = new CrashingObserver();
        await using var hub = Harness(sim, crash);
        for (var i = 0; i < 3; i++)
        {
            crash.CrashAt = i == 0 ? 1 : random.Next(1, 4);
            var crashed = await hub.RunAsync(Key);
            if (i == 0) Assert.False(crashed.Succeeded);
        }
        crash.CrashAt = 0;
        var resumed = await hub.RunAsync(Key);
        Assert.True(resumed.Succeeded, resumed.Error);
        await AssertCompleteAsync(hub, sim);
        Assert.Equal(expectedCounts, await hub.CountsAsync(Key));
    }

    [Fact]
    public async Task Cancelling_a_run_midway_then_restarting_loses_nothing()
    {
        using var sim = CreateSimulator();
        Seed(sim, 450);
        await using var hub = Harness(sim);
        using var cts = new CancellationTokenSource();
        sim.Fail(SimulatedFault.Slow(TimeSpan.FromMilliseconds(10)), SimulatedFault.Slow(TimeSpan.FromMilliseconds(10)), SimulatedFault.Slow(TimeSpan.FromMilliseconds(300)));
        cts.CancelAfter(TimeSpan.FromMilliseconds(150));
        try
        {
            await hub.RunAsync(Key, cts.Token); // a one-request connector may finish before the cancellation
        }
        catch (OperationCanceledException)
        {
        }
        var resumed = await hub.RunAsync(Key);
        Assert.True(resumed.Succeeded, resumed.Error);
        await AssertCompleteAsync(hub, sim);
    }

    /// <summary>Every record the simulator holds is in a stored payload and became exactly one complaint; nothing quarantined.</summary>
    protected async Task AssertCompleteAsync(ConnectorHarness hub, TSimulator sim)
    {
        var stored = (await hub.RawPayloadsAsync(Key)).SelectMany(KeysIn).ToHashSet(StringComparer.Ordinal);
        var missing = Expected(sim).Where(k => !stored.Contains(k)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} records never stored, e.g. {string.Join(", ", missing.Take(3))}");
        var counts = await hub.CountsAsync(Key);
        Assert.True(counts.MaxCreatedPerComplaint <= 1, "a complaint was created twice");
        Assert.Equal(counts.Complaints, counts.Created);
        Assert.Equal(Expected(sim).Select(k => k.Split('@')[0]).Distinct().Count(), counts.Complaints);
        Assert.DoesNotContain(await hub.Store.ListQuarantineAsync(), q => q.Channel == Key);
    }
}
