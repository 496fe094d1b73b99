using System.Text;
using System.Xml.Linq;
using YiQiSuBan.Connectors.Supervision;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.Supervision;

/// <summary>The supervision pull (bearer token, GBK XML, since = largest ZBSJ) against its simulator.</summary>
public sealed class SupervisionConnectorTests : ConnectorCompliance<SupervisionSimulator>
{
    private int _seeded;

    protected override string Key => SupervisionOptions.Key;
    protected override string TransientBusinessCode => "5000";

    protected override SupervisionSimulator CreateSimulator() => new("province-token");

    protected override Dictionary<string, string?> Settings(SupervisionSimulator simulator)
    {
        var s = ConnectorHarness.Fast(Key, simulator.BaseUrl);
        s[$"Channels:{Key}:Enabled"] = "true";
        s[$"Channels:{Key}:Token"] = simulator.Token;
        s[$"Channels:{Key}:StartFrom"] = "20230101000000";
        return s;
    }

    protected override void Seed(SupervisionSimulator simulator, int count)
    {
        simulator.Generate(count, new DateTime(2023, 7, 10, 9, 0, 0).AddDays(_seeded), "S" + _seeded);
        _seeded += count;
    }

    protected override IReadOnlyList<string> Expected(SupervisionSimulator simulator) => simulator.Keys();

    protected override IEnumerable<string> KeysIn(byte[] payload)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return XDocument.Load(new MemoryStream(payload)).Descendants("ZBDH").Select(e => e.Value).ToList();
    }

    [Fact]
    public async Task The_next_since_is_the_largest_ZBSJ_seen()
    {
        using var sim = CreateSimulator();
        sim.Generate(3, new DateTime(2023, 7, 10, 9, 0, 0));
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        Assert.Equal("20230710090200", System.Text.Json.JsonSerializer.Deserialize<YiQiSuBan.Connectors.Abstractions.BoundaryCheckpoint>((await hub.State.GetAsync(Key, default)).Position!)!.Boundary);
    }
}
