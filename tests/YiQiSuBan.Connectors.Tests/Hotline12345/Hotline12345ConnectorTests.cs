using System.Text.Json;
using YiQiSuBan.Connectors.Hotline12345;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Hotline12345;

/// <summary>The hotline pull against its simulator: compliance suite plus the inclusive-boundary cases.</summary>
public class Hotline12345ConnectorTests : ConnectorCompliance<Hotline12345Simulator>
{
    private static readonly DateTime Start = new(2023, 7, 10, 8, 0, 0);
    private int _seeded;

    protected override string Key => Hotline12345Options.Key;
    protected override string TransientBusinessCode => "5000";

    protected override Hotline12345Simulator CreateSimulator() => new("ak-test", "secret-test");

    protected override Dictionary<string, string?> Settings(Hotline12345Simulator simulator)
    {
        var s = ConnectorHarness.Fast(Key, simulator.BaseUrl);
        s[$"Channels:{Key}:Enabled"] = "true";
        s[$"Channels:{Key}:AppKey"] = simulator.AppKey;
        s[$"Channels:{Key}:AppSecret"] = simulator.AppSecret;
        s[$"Channels:{Key}:PageSize"] = "20";
        s[$"Channels:{Key}:StartFrom"] = "2023-07-01 00:00:00";
        return s;
    }

    protected override void Seed(Hotline12345Simulator simulator, int count)
    {
        // many orders share one second: 7 per updateTime, so page edges fall inside a second
        simulator.Upsert(Hotline12345Simulator.Generate(count, Start.AddMinutes(_seeded), perSecond: 7).Select(o =>
        {
            o["orderNo"] = $"ZZ12345-{_seeded:0000}-{(string)o["orderNo"]!}";
            return o;
        }).ToList());
        _seeded += count;
    }

    protected override IReadOnlyList<string> Expected(Hotline12345Simulator simulator) => simulator.Keys();

    protected override IEnumerable<string> KeysIn(byte[] payload)
    {
        using var doc = JsonDocument.Parse(payload);
        var root = doc.RootElement;
        if (root.TryGetProperty("order", out var pushed)) return [Key2(pushed)];
        return root.GetProperty("data").GetProperty("list").EnumerateArray().Select(Key2).ToList();
    }

    private static string Key2(JsonElement o) => Hotline12345Order.SeenKey(o.GetProperty("orderNo").GetString()!, o.GetProperty("version").GetInt64());

    [Fact]
    public async Task A_new_order_at_the_boundary_second_is_taken_and_seen_ones_are_not_stored_again()
    {
        using var sim = CreateSimulator();
        sim.Upsert(Hotline12345Simulator.Generate(5, Start, perSecond: 5));
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        var checkpoint = JsonSerializer.Deserialize<YiQiSuBan.Connectors.Abstractions.BoundaryCheckpoint>((await hub.State.GetAsync(Key, default)).Position!)!;
        Assert.Equal("2023-07-10 08:00:00", checkpoint.Boundary);
        Assert.Equal(5, checkpoint.Seen.Count);

        // same poll again: the boundary second comes back, all seen: nothing stored
        var again = await hub.RunAsync(Key);
        Assert.Equal(0, again.Payloads);

        // a late order with the same updateTime, and a new version of a seen one at that second
        var late = Hotline12345Simulator.Generate(1, Start, perSecond: 1).Single();
        late["orderNo"] = "ZZ12345-20230710-LATE01";
        var newer = Hotline12345Simulator.Generate(1, Start, perSecond: 1).Single();
        newer["version"] = 2;
        sim.Upsert([late, newer]);
        var third = await hub.RunAsync(Key);
        Assert.Equal(1, third.Payloads);
        var stored = (await hub.RawPayloadsAsync(Key)).SelectMany(KeysIn).ToHashSet();
        Assert.Contains("ZZ12345-20230710-LATE01@1", stored);
        Assert.Contains("ZZ12345-20230710-000000@2", stored);
    }

    [Fact]
    public async Task A_bad_secret_fails_the_run_as_credentials_refused_and_check_says_so()
    {
        using var sim = CreateSimulator();
        sim.Upsert(Hotline12345Simulator.Generate(3, Start, perSecond: 1));
        var settings = Settings(sim);
        settings[$"Channels:{Key}:AppSecret"] = "wrong";
        await using var hub = new ConnectorHarness(settings);
        var result = await hub.RunAsync(Key);
        Assert.False(result.Succeeded);
        Assert.Contains("4001", result.Error);
        var check = await hub.Connector(Key).CheckAsync(default);
        Assert.False(check.CredentialsAccepted);
        Assert.DoesNotContain("wrong", result.Error);
    }

    [Fact]
    public async Task Repeated_failures_mark_the_connector_failing()
    {
        using var sim = CreateSimulator();
        var settings = Settings(sim);
        settings[$"Channels:{Key}:MaxRetries"] = "0";
        await using var hub = new ConnectorHarness(settings);
        for (var i = 0; i < 3; i++)
        {
            sim.Fail(SimulatedFault.Http(503));
            Assert.False((await hub.RunAsync(Key)).Succeeded);
        }
        Assert.Equal("failing", (await hub.State.GetAsync(Key, default)).Health);
    }
}
