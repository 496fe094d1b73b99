using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Reprocess;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;
using YiQiSuBan.TestKit.Audit;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>Reprocess with changed mappings, and raw retention that never prunes what no checkpoint covers (SQLite).</summary>
public sealed class ReprocessAndRetentionTests
{
    private readonly AuditHarness _audit = new();

    [Fact]
    public async Task Reprocess_reports_and_applies_only_what_a_changed_mapping_changes()
    {
        await using var t = await TempSqlite.CreateAsync();
        await _audit.IngestAsync(t.Store, 9);
        var same = await Reprocessor(t.Store, Hub.Catalog).RunAsync("hotline12345", null, dryRun: true, "tester", "check");
        Assert.Empty(same.Changed);
        Assert.Equal(same.Complaints, same.Unchanged);

        var changed = ChangedCatalog();
        var dry = await Reprocessor(t.Store, changed).RunAsync("hotline12345", null, dryRun: true, "tester", "check");
        Assert.Equal(same.Complaints, dry.Changed.Count);
        Assert.Equal(dry.Changed.Count, dry.FieldCounts["title"]);
        var feedBefore = (await t.Store.ReadFeedAsync(0, 10_000)).Count;
        var real = await Reprocessor(t.Store, changed).RunAsync("hotline12345", null, dryRun: false, "tester", "title now from address");
        var feed = await t.Store.ReadFeedAsync(0, 10_000);
        Assert.Equal(feedBefore + real.Changed.Count, feed.Count);
        Assert.All(feed.Skip(feedBefore), e => Assert.Equal(FeedEventTypes.Updated, e.Type));
        Assert.Equal("hotline12345.audit-test", (await t.Store.GetComplaintAsync(real.Changed[0]))!.MappingVersion);
        var verified = await _audit.Verifier.VerifyAsync(t.Store);
        Assert.True(verified.Ok, string.Join("\n", verified.Findings));

        var again = await Reprocessor(t.Store, changed).RunAsync("hotline12345", null, dryRun: false, "tester", "again");
        Assert.Empty(again.Changed);
    }

    [Fact]
    public async Task Retention_prunes_only_checkpointed_payloads_and_the_store_still_verifies()
    {
        await using var t = await TempSqlite.CreateAsync();
        await _audit.IngestAsync(t.Store, 6);
        var options = Options.Create(new AuditOptions { RetentionDays = new() { ["hotline12345"] = 1 } });
        var retention = new RawRetention(_audit.Log, options);
        Assert.Equal(0, await retention.PruneAsync(t.Store));

        await _audit.Log.CheckpointAsync(t.Store);
        var pipeline = _audit.Pipeline(t.Store);
        for (var i = 6; i < 9; i++) await pipeline.IngestAsync(SyntheticPayloads.Payload(i));
        Assert.Equal(6, await retention.PruneAsync(t.Store));
        Assert.Empty((await t.Store.GetRawBytesAsync(1))!);
        Assert.NotEmpty((await t.Store.GetRawBytesAsync(7))!);

        var verified = await _audit.Verifier.VerifyAsync(t.Store);
        Assert.True(verified.Ok, string.Join("\n", verified.Findings));
        Assert.Equal(6, verified.PrunedPayloads);
    }

    [Fact]
    public void Options_reject_short_keys_unknown_signing_keys_and_zero_retention()
    {
        var o = new AuditOptions
        {
            Keys = [new AuditSigningKey { Id = "k", Secret = Convert.ToBase64String(new byte[8]) }],
            SigningKeyId = "other",
            RetentionDays = new() { ["offline"] = 0 },
        };
        Assert.Equal(3, o.Problems().Count);
        Assert.Empty(new AuditHarness().Options.Problems());
    }

    private Reprocessor Reprocessor(IHubStore store, MappingCatalog catalog) =>
        new(store, AuditHarness.Formats, new ComplaintMapper(catalog), _audit.Log, [new AuditIngestObserver(_audit.Log)]);

    /// <summary>The repository's mappings with hotline12345's title taken from the address instead.</summary>
    private static MappingCatalog ChangedCatalog()
    {
        var folder = Path.Combine(Path.GetTempPath(), "yiqisuban-mappings-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Mappings, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(RepoPaths.Mappings, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var mapping = Path.Combine(folder, "hotline12345.json");
        var text = File.ReadAllText(mapping)
            .Replace("\"title\": { \"from\": [\"title\"] }", "\"title\": { \"from\": [\"address\"] }", StringComparison.Ordinal);
        File.WriteAllText(mapping, System.Text.RegularExpressions.Regex.Replace(text, "\"version\": \"[^\"]*\"", "\"version\": \"hotline12345.audit-test\""));
        try { return MappingCatalog.Load(folder); }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
