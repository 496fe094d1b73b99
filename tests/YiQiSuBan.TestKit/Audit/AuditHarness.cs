using Microsoft.Extensions.Options;
using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Sources;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Storage.Postgres;
using YiQiSuBan.Storage.Sqlite;


namespace YiQiSuBan.TestKit.Audit;

/// <summary>The audit parts wired as the host wires them, with test keys, and sample ingestion.</summary>
public sealed class AuditHarness
{
    public const string KeyId = "test-2025";
    public static readonly string Secret = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public AuditHarness(string keyId = KeyId, string? secret = null)
    {
        Options = new AuditOptions { Keys = [new AuditSigningKey { Id = keyId, Secret = secret ?? Secret }], SigningKeyId = keyId };
        Signer = new CheckpointSigner(Microsoft.Extensions.Options.Options.Create(Options));
        Log = new AuditLog([new SqliteAuditRepository(), new PostgresAuditRepository()], Signer, TimeProvider.System);
        Verifier = new AuditVerifier(Log, Signer);
    }

    public AuditOptions Options { get; }
    public CheckpointSigner Signer { get; }
    public AuditLog Log { get; }
    public AuditVerifier Verifier { get; }

    public static FormatRegistry Formats { get; } = new([new FlatJsonTestFormat()]);

    public IngestPipeline Pipeline(IHubStore store, bool audit = true, MappingCatalog? catalog = null) =>
        new(store, Formats, new ComplaintMapper(catalog ?? Hub.Catalog), new NoMatching(), audit ? [new AuditIngestObserver(Log)] : []);

    /// <summary>Ingests synthetic payloads 0..count-1 through the audited pipeline.</summary>
    public async Task IngestAsync(IHubStore store, int payloads)
    {
        var pipeline = Pipeline(store);
        for (var i = 0; i < payloads; i++) await pipeline.IngestAsync(SyntheticPayloads.Payload(i));
    }
}
