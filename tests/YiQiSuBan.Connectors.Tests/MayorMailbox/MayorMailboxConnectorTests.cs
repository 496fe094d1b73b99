using System.Text;
using System.Text.RegularExpressions;
using YiQiSuBan.Connectors.MayorMailbox;
using YiQiSuBan.Connectors.Tests.Compliance;
using YiQiSuBan.Host.Simulators;

namespace YiQiSuBan.Connectors.Tests.MayorMailbox;

/// <summary>The mailbox scraper against its simulator (GB18030 pages, edits re-checked, layout drift).</summary>
public sealed partial class MayorMailboxConnectorTests : ConnectorCompliance<MayorMailboxSimulator>
{
    private int _seeded;

    protected override string Key => MayorMailboxOptions.Key;
    protected override string TransientBusinessCode => "503";

    protected override MayorMailboxSimulator CreateSimulator() => new();

    protected override Dictionary<string, string?> Settings(MayorMailboxSimulator simulator)
    {
        var s = ConnectorHarness.Fast(Key, simulator.BaseUrl);
        s[$"Channels:{Key}:Enabled"] = "true";
        s[$"Channels:{Key}:MaxPages"] = "100";
        return s;
    }

    protected override void Seed(MayorMailboxSimulator simulator, int count)
    {
        simulator.Generate(count, new DateTime(2023, 7, 1).AddDays(_seeded), "YC" + _seeded);
        _seeded += count;
    }

    protected override IReadOnlyList<string> Expected(MayorMailboxSimulator simulator) => simulator.Keys();

    [GeneratedRegex(@"<th>信件编号</th><td>([^<]+)</td>")]
    private static partial Regex DetailNumber();

    protected override IEnumerable<string> KeysIn(byte[] payload)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Encoding.GetEncoding("GB18030").GetString(payload);
        return DetailNumber().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    [Fact]
    public async Task Layout_drift_marks_the_connector_drifted_and_keeps_the_position()
    {
        using var sim = CreateSimulator();
        Seed(sim, 5);
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        var before = (await hub.State.GetAsync(Key, default)).Position;
        sim.Redesign();
        var drifted = await hub.RunAsync(Key);
        Assert.False(drifted.Succeeded);
        var status = await hub.State.GetAsync(Key, default);
        Assert.Equal("drifted", status.Health);
        Assert.Equal(before, status.Position);
        Assert.False((await hub.Connector(Key).CheckAsync(default)).LayoutRecognised);
    }

    [Fact]
    public async Task A_reply_added_to_a_recent_letter_is_noticed()
    {
        using var sim = CreateSimulator();
        Seed(sim, 5);
        await using var hub = Harness(sim);
        Assert.True((await hub.RunAsync(Key)).Succeeded);
        sim.Answer(4);
        var again = await hub.RunAsync(Key);
        Assert.True(again.Succeeded, again.Error);
        Assert.True(again.Updated >= 1);
    }
}
