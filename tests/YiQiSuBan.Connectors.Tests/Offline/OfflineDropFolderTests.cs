using YiQiSuBan.Connectors.Offline;
using YiQiSuBan.Connectors.Tests.Compliance;

namespace YiQiSuBan.Connectors.Tests.Offline;

/// <summary>The drop folder: batches taken, moved aside after commit, a re-sent file harmless.</summary>
public sealed class OfflineDropFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "yqsb-drop-" + Guid.NewGuid().ToString("N"));

    private ConnectorHarness Hub() => new(new Dictionary<string, string?>
    {
        ["Channels:offline:Enabled"] = "true", ["Channels:offline:DropFolder"] = _folder, ["Channels:offline:SettleSeconds"] = "0",
    });

    [Fact]
    public async Task Dropped_batches_are_taken_moved_aside_and_a_resent_file_creates_nothing()
    {
        Directory.CreateDirectory(_folder);
        var bytes = OfflineBatches.Csv("企业门前道路破损严重，车辆通行困难。", "园区路灯损坏多日无人维修。");
        await File.WriteAllBytesAsync(Path.Combine(_folder, "七月-网格员.csv"), bytes);
        await File.WriteAllTextAsync(Path.Combine(_folder, "readme.txt"), "not a batch");
        await using var hub = Hub();
        var first = await hub.RunAsync(OfflineOptions.Key);
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(2, first.Created);
        Assert.False(File.Exists(Path.Combine(_folder, "七月-网格员.csv")));
        Assert.True(File.Exists(Path.Combine(_folder, OfflineDropFolderConnector.ProcessedFolder, "七月-网格员.csv")));
        Assert.True(File.Exists(Path.Combine(_folder, "readme.txt")));

        await File.WriteAllBytesAsync(Path.Combine(_folder, "七月-网格员-再次.csv"), bytes);
        var second = await hub.RunAsync(OfflineOptions.Key);
        Assert.True(second.Succeeded, second.Error);
        Assert.Equal(1, second.DuplicatePayloads);
        Assert.Equal(0, second.Created);
        Assert.Equal(2, (await hub.CountsAsync(OfflineOptions.Key)).Complaints);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_folder, OfflineDropFolderConnector.ProcessedFolder)).Length);
    }

    [Fact]
    public async Task A_crash_inside_the_batch_leaves_the_file_in_place_for_the_next_poll()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllBytesAsync(Path.Combine(_folder, "a.csv"), OfflineBatches.Csv("道路破损。"));
        var crash = new CrashingObserver { CrashAt = 1 };
        await using var hub = new ConnectorHarness(new Dictionary<string, string?>
        {
            ["Channels:offline:Enabled"] = "true", ["Channels:offline:DropFolder"] = _folder, ["Channels:offline:SettleSeconds"] = "0",
        }, crash);
        Assert.False((await hub.RunAsync(OfflineOptions.Key)).Succeeded);
        Assert.True(File.Exists(Path.Combine(_folder, "a.csv")));
        crash.CrashAt = 0;
        Assert.True((await hub.RunAsync(OfflineOptions.Key)).Succeeded);
        Assert.Equal(1, (await hub.CountsAsync(OfflineOptions.Key)).Complaints);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
