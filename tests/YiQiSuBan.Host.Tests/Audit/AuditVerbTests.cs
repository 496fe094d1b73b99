using System.Text.Json;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Host.Cli;
using YiQiSuBan.TestKit;
using YiQiSuBan.TestKit.Audit;

namespace YiQiSuBan.Host.Tests.Audit;

/// <summary>The audit verbs end to end on a SQLite store filled by the audited pipeline.</summary>
public sealed class AuditVerbTests
{
    static AuditVerbTests()
    {
        Environment.SetEnvironmentVariable("Audit__Keys__0__Id", AuditHarness.KeyId);
        Environment.SetEnvironmentVariable("Audit__Keys__0__Secret", AuditHarness.Secret);
        Environment.SetEnvironmentVariable("Audit__SigningKeyId", AuditHarness.KeyId);
    }

    [Fact]
    public async Task Checkpoint_then_verify_passes_and_proof_checks_without_the_hub()
    {
        await using var t = await TempSqlite.CreateAsync();
        await new AuditHarness().IngestAsync(t.Store, 6);
        var store = "sqlite:" + t.Path_;
        Assert.Equal(0, (await RunAsync("audit", "checkpoint", "--store", store)).Code);
        var verify = await RunAsync("audit", "verify", "--store", store);
        Assert.Equal(0, verify.Code);
        Assert.Contains("ok: everything matches", verify.Out, StringComparison.Ordinal);

        var id = (await t.Store.ReadFeedAsync(0, 1))[0].ComplaintId;
        var proof = await RunAsync("audit", "proof", id, "--store", store);
        Assert.Equal(0, proof.Code);
        using var doc = JsonDocument.Parse(proof.Out);
        var root = Convert.FromHexString(doc.RootElement.GetProperty("checkpoint").GetProperty("rootHash").GetString()!);
        var size = doc.RootElement.GetProperty("checkpoint").GetProperty("treeSize").GetInt64();
        var lineage = doc.RootElement.GetProperty("lineage").EnumerateArray().ToList();
        Assert.Contains(lineage, p => p.GetProperty("entry").GetProperty("kind").GetString() == AuditKinds.RawReceived);
        foreach (var p in lineage)
        {
            var e = p.GetProperty("entry");
            var hash = AuditHashing.EntryHash(e.GetProperty("seq").GetInt64(), e.GetProperty("at").GetString()!, e.GetProperty("kind").GetString()!,
                e.GetProperty("subject").GetString()!, e.GetProperty("body").GetString()!, e.GetProperty("prevHash").GetString()!);
            Assert.Equal(e.GetProperty("entryHash").GetString(), hash);
            var path = p.GetProperty("inclusionProof").EnumerateArray().Select(h => Convert.FromHexString(h.GetString()!)).ToList();
            Assert.True(MerkleTree.VerifyInclusion(p.GetProperty("leafIndex").GetInt64(), size, MerkleTree.LeafHash(Convert.FromHexString(hash)), path, root));
        }
    }

    [Fact]
    public async Task Verify_exits_non_zero_and_names_the_tampered_payload()
    {
        await using var t = await TempSqlite.CreateAsync();
        await new AuditHarness().IngestAsync(t.Store, 3);
        await using (var session = await t.Store.BeginAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(session.Connection, "UPDATE raw_payloads SET bytes = x'00' || bytes WHERE id = 2", transaction: session.Transaction);
            await session.CommitAsync();
        }
        var verify = await RunAsync("audit", "verify", "--store", "sqlite:" + t.Path_);
        Assert.Equal(1, verify.Code);
        Assert.Contains("MISMATCH (first): raw payload 2 ", verify.Out, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Out)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output + error.ToString());
    }
}
