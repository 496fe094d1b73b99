using System.Text.Json;
using YiQiSuBan.Connectors.PeopleBoard;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.PeopleBoard;

/// <summary>The board poll against its simulator (md5 signature, exact param order, open threads re-polled).</summary>
public sealed class PeopleBoardConnectorTests : ConnectorCompliance<PeopleBoardSimulator>
{
    private int _seeded;

    protected override string Key => PeopleBoardOptions.Key;
    protected override string TransientBusinessCode => "403";

    protected override PeopleBoardSimulator CreateSimulator() => new("PC42ce3bfa4980a9");

    protected override Dictionary<string, string?> Settings(PeopleBoardSimulator simulator)
    {
        var s = ConnectorHarness.Fast(Key, simulator.BaseUrl);
        s[$"Channels:{Key}:Enabled"] = "true";
        s[$"Channels:{Key}:AppCode"] = simulator.AppCode;
        s[$"Channels:{Key}:Fids"] = "5391,5392";
        s[$"Channels:{Key}:MaxPages"] = "100";
        s[$"Channels:{Key}:RequestsPerSecond"] = "1000";
        return s;
    }

    protected override void Seed(PeopleBoardSimulator simulator, int count)
    {
        var start = new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.FromHours(8)).AddDays(_seeded);
        simulator.Generate(count / 2, 5391, start);
        simulator.Generate(count - count / 2, 5392, start);
        _seeded += count;
    }

    protected override IReadOnlyList<string> Expected(PeopleBoardSimulator simulator) => simulator.Keys();

    protected override IEnumerable<string> KeysIn(byte[] payload)
    {
        using var doc = JsonDocument.Parse(payload);
        return doc.RootElement.GetProperty("resultData").TryGetProperty("thread", out var t) ? [t.GetProperty("tid").ToString()] : [];
    }

    [Fact]
    public async Task Open_threads_are_polled_again_until_answered()
    {
        using var sim = CreateSimulator();
        Seed(sim, 4);
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        sim.Answer(0);
        var second = await hub.RunAsync(Key);
        Assert.True(second.Succeeded, second.Error);
        Assert.True(second.Updated >= 1);
        var open = JsonSerializer.Deserialize<PeopleBoardCheckpoint>((await hub.State.GetAsync(Key, default)).Position!)!.Open;
        Assert.Equal(3, open.Count);
    }

    [Fact]
    public async Task A_wrong_app_code_is_refused_as_bad_signature()
    {
        using var sim = CreateSimulator();
        var settings = Settings(sim);
        settings[$"Channels:{Key}:AppCode"] = "PCwrong";
        await using var hub = new ConnectorHarness(settings);
        var result = await hub.RunAsync(Key);
        Assert.Contains("SN0002", result.Error);
        Assert.False((await hub.Connector(Key).CheckAsync(default)).CredentialsAccepted);
    }
}
