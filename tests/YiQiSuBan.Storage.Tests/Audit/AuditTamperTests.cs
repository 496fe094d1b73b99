using YiQiSuBan.TestKit.Audit;
using Dapper;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>
/// A store filled through the real pipeline with the audit observer and one checkpoint verifies; each kind of
/// tampering makes verification fail and name the place first.
/// </summary>
public abstract class AuditTamperTests
{
    private const int Payloads = 25;
    private readonly AuditHarness _audit = new();

    protected abstract Task<IAuditTestStore> CreateStoreAsync();

    [Fact]
    public async Task An_untouched_store_verifies()
    {
        await using var t = await FilledAsync();
        var result = await _audit.Verifier.VerifyAsync(t.Store);
        Assert.True(result.Ok, string.Join("\n", result.Findings));
        Assert.Equal(Payloads, result.Payloads);
        Assert.True(result.Complaints > 0);
        Assert.True(result.Entries > Payloads);
        Assert.Equal(1, result.Checkpoints);
    }

    [Fact]
    public async Task Audit_bodies_carry_no_personal_data()
    {
        await using var t = await FilledAsync();
        await using var session = await t.Store.BeginAsync();
        await foreach (var e in _audit.Log.Repository(session).EntriesAsync(session, default))
        {
            Assert.DoesNotContain(SyntheticPayloads.Phone, e.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("张三", e.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_changed_byte_of_a_raw_payload_is_named()
    {
        await using var t = await FilledAsync();
        await TamperAsync(t, async s =>
        {
            var bytes = await s.Connection.QuerySingleAsync<byte[]>("SELECT bytes FROM raw_payloads WHERE id = 3", transaction: s.Transaction);
            bytes[bytes.Length / 2] ^= 0x01;
            await s.Connection.ExecuteAsync("UPDATE raw_payloads SET bytes = @bytes WHERE id = 3", new { bytes }, s.Transaction);
        });
        await AssertFirstFindingAsync(t, "raw payload 3 ");
    }

    [Fact]
    public async Task An_edited_complaint_field_is_named()
    {
        await using var t = await FilledAsync();
        string id = "";
        await TamperAsync(t, async s =>
        {
            id = await s.Connection.QuerySingleAsync<string>("SELECT id FROM current_complaints WHERE complaint IS NOT NULL ORDER BY id LIMIT 1", transaction: s.Transaction);
            await s.Connection.ExecuteAsync(t.EditComplaintContent, new { id }, s.Transaction);
        });
        await AssertFirstFindingAsync(t, "complaint " + id);
    }

    [Fact]
    public async Task A_deleted_audit_row_is_named()
    {
        await using var t = await FilledAsync();
        await TamperAsync(t, s => s.Connection.ExecuteAsync(t.DisableAppendOnly + ";DELETE FROM audit_log WHERE seq = 7", transaction: s.Transaction));
        await AssertFirstFindingAsync(t, "audit entry 7");
    }

    [Fact]
    public async Task Two_reordered_audit_rows_are_named()
    {
        await using var t = await FilledAsync();
        await TamperAsync(t, s => s.Connection.ExecuteAsync(
            t.DisableAppendOnly + ";UPDATE audit_log SET seq = -1 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = 5; UPDATE audit_log SET seq = 5 WHERE seq = -1",
            transaction: s.Transaction));
        await AssertFirstFindingAsync(t, "audit entry 4");
    }

    [Fact]
    public async Task A_replaced_checkpoint_is_named()
    {
        await using var t = await FilledAsync();
        var forger = new AuditHarness("test-2025", Convert.ToBase64String(new byte[32]));
        var forged = forger.Signer.Sign(3, new string('a', 64), AuditHashing.FormatTime(DateTimeOffset.UtcNow));
        await TamperAsync(t, s => s.Connection.ExecuteAsync(
            "UPDATE audit_checkpoints SET tree_size = @TreeSize, root_hash = @RootHash, signature = @Signature WHERE id = 1", forged, s.Transaction));
        await AssertFirstFindingAsync(t, "checkpoint 1");
    }

    [Fact]
    public async Task A_checkpoint_signed_with_a_retired_key_still_verifies_after_rotation()
    {
        await using var t = await FilledAsync();
        var rotated = new AuditOptions
        {
            Keys = [new AuditSigningKey { Id = AuditHarness.KeyId, Secret = AuditHarness.Secret }, new AuditSigningKey { Id = "test-2026", Secret = Convert.ToBase64String(new byte[40]) }],
            SigningKeyId = "test-2026",
        };
        var signer = new CheckpointSigner(Microsoft.Extensions.Options.Options.Create(rotated));
        var log = new AuditLog([new Sqlite.SqliteAuditRepository(), new Postgres.PostgresAuditRepository()], signer, TimeProvider.System);
        var second = await log.CheckpointAsync(t.Store);
        Assert.Equal("test-2026", second.KeyId);
        var result = await new AuditVerifier(log, signer).VerifyAsync(t.Store);
        Assert.True(result.Ok, string.Join("\n", result.Findings));
        Assert.Equal(2, result.Checkpoints);
    }

    private async Task<IAuditTestStore> FilledAsync()
    {
        var t = await CreateStoreAsync();
        await _audit.IngestAsync(t.Store, Payloads);
        await _audit.Log.CheckpointAsync(t.Store);
        return t;
    }

    private static async Task TamperAsync(IAuditTestStore t, Func<IHubSession, Task> change)
    {
        await using var session = await t.Store.BeginAsync();
        await change(session);
        await session.CommitAsync();
    }

    private async Task AssertFirstFindingAsync(IAuditTestStore t, string place)
    {
        var result = await _audit.Verifier.VerifyAsync(t.Store);
        Assert.False(result.Ok);
        Assert.StartsWith(place, result.Findings[0].Place + " ", StringComparison.Ordinal);
    }
}

/// <summary>Tamper tests on SQLite.</summary>
public sealed class SqliteAuditTamperTests : AuditTamperTests
{
    protected override Task<IAuditTestStore> CreateStoreAsync() => SqliteAuditTestStore.CreateAsync();
}

/// <summary>Tamper tests on PostgreSQL.</summary>
public sealed class PostgresAuditTamperTests : AuditTamperTests
{
    protected override Task<IAuditTestStore> CreateStoreAsync() => PostgresAuditTestStore.CreateAsync();
}
