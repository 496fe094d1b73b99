using System.Text.Json;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.CityHub;

/// <summary>The city-hub backfill pull against its simulator (OAuth2, cursor paging, 401 refresh).</summary>
public class CityHubConnectorTests : ConnectorCompliance<CityHubSimulator>
{
    public const string Secret = "whsec_c2VjcmV0LWZvci10ZXN0cy1vbmx5";
    private int _seeded;

    protected override string Key => CityHubOptions.Key;
    protected override string TransientBusinessCode => "5000";

    protected override CityHubSimulator CreateSimulator() => new("client-test", "client-secret-test");

    protected override Dictionary<string, string?> Settings(CityHubSimulator simulator) => SettingsFor(simulator);

    public static Dictionary<string, string?> SettingsFor(CityHubSimulator simulator)
    {
        var s = ConnectorHarness.Fast(CityHubOptions.Key, simulator.BaseUrl);
        s["Channels:city-hub:Enabled"] = "true";
        s["Channels:city-hub:ClientId"] = simulator.ClientId;
        s["Channels:city-hub:ClientSecret"] = simulator.ClientSecret;
        s["Channels:city-hub:WebhookSecret"] = Secret;
        s["Channels:city-hub:PageLimit"] = "20";
        return s;
    }

    protected override void Seed(CityHubSimulator simulator, int count)
    {
        simulator.Add(CityHubSimulator.Generate(count, new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.FromHours(8)).AddDays(_seeded)));
        _seeded += count;
    }

    protected override IReadOnlyList<string> Expected(CityHubSimulator simulator) => simulator.Keys();

    protected override IEnumerable<string> KeysIn(byte[] payload)
    {
        using var doc = JsonDocument.Parse(payload);
        var root = doc.RootElement;
        if (root.TryGetProperty("data", out var data)) return [data.GetProperty("appealId").GetString()!];
        return root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("appealId").GetString()!).ToList();
    }

    protected override bool ExpireCredentials(CityHubSimulator simulator)
    {
        simulator.ExpireTokens();
        return true;
    }

    [Fact]
    public async Task A_token_is_reused_until_it_dies_then_renewed_once()
    {
        using var sim = CreateSimulator();
        Seed(sim, 50);
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        Assert.Equal(1, sim.TokensIssued);
        sim.ExpireTokens();
        Seed(sim, 3);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        Assert.Equal(2, sim.TokensIssued);
    }
}
