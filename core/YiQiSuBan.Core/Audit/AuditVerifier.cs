using System.Security.Cryptography;
using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Model;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// Recomputes the chain, every checkpoint's root and signature, every raw payload's digest, and every stored
/// complaint's content hash against its latest audit entry; reports each mismatch with its place.
/// </summary>
public sealed class AuditVerifier(AuditLog log, CheckpointSigner signer)
{
    public async Task<AuditVerification> VerifyAsync(IHubStore store, CancellationToken ct = default)
    {
        var result = new AuditVerification();
        await using var session = await store.BeginAsync(ct);
        var repository = log.Repository(session);
        var checkpoints = await repository.CheckpointsAsync(session, ct);
        result.Checkpoints = checkpoints.Count;
        var facts = await VerifyChainAsync(repository, session, checkpoints, result, ct);
        await VerifyPayloadsAsync(repository, session, facts, result, ct);
        await VerifyComplaintsAsync(repository, session, facts, result, ct);
        return result;
    }

    private async Task<ChainFacts> VerifyChainAsync(IAuditRepository repository, IHubSession session, IReadOnlyList<AuditCheckpoint> checkpoints, AuditVerification result, CancellationToken ct)
    {
        var facts = new ChainFacts();
        var bySize = checkpoints.ToLookup(c => c.TreeSize);
        long previousSize = 0;
        foreach (var c in checkpoints)
        {
            if (signer.Check(c) is { } problem) result.Findings.Add(new($"checkpoint {c.Id}", problem));
            if (c.TreeSize < previousSize) result.Findings.Add(new($"checkpoint {c.Id}", $"commits to {c.TreeSize} entries, fewer than the checkpoint before it ({previousSize})"));
            previousSize = Math.Max(previousSize, c.TreeSize);
        }

        var accumulator = new MerkleAccumulator();
        long expected = 1;
        var prev = AuditHashing.Genesis;
        await foreach (var e in repository.EntriesAsync(session, ct))
        {
            if (e.Seq != expected)
                result.Findings.Add(new($"audit entry {expected}", e.Seq > expected ? $"missing (the next stored entry is {e.Seq})" : $"out of order (entry {e.Seq} follows)"));
            if (e.PrevHash != prev) result.Findings.Add(new($"audit entry {e.Seq}", "prev_hash does not match the entry before it"));
            var recomputed = AuditHashing.Recompute(e);
            if (recomputed != e.EntryHash) result.Findings.Add(new($"audit entry {e.Seq}", "entry_hash does not match its contents"));
            prev = e.EntryHash;
            expected = e.Seq + 1;
            accumulator.AddLeafHash(MerkleTree.LeafHash(Convert.FromHexString(recomputed)));
            facts.Learn(e);
            foreach (var c in bySize[accumulator.Count])
                if (Convert.ToHexStringLower(accumulator.Root()) != c.RootHash)
                    result.Findings.Add(new($"checkpoint {c.Id}", $"its root does not match the first {c.TreeSize} audit entries"));
        }
        result.Entries = accumulator.Count;
        foreach (var c in checkpoints.Where(c => c.TreeSize > accumulator.Count))
            result.Findings.Add(new($"checkpoint {c.Id}", $"commits to {c.TreeSize} entries but the log holds {accumulator.Count}"));
        return facts;
    }

    private static async Task VerifyPayloadsAsync(IAuditRepository repository, IHubSession session, ChainFacts facts, AuditVerification result, CancellationToken ct)
    {
        await foreach (var raw in repository.RawPayloadsAsync(session, null, ct))
        {
            result.Payloads++;
            var place = $"raw payload {raw.Id} ({raw.Channel}/{raw.Name})";
            if (!facts.RawDigests.TryGetValue(raw.Id, out var audited))
                result.Findings.Add(new(place, "has no raw.received audit entry"));
            else if (audited != raw.Sha256)
                result.Findings.Add(new(place, "its digest row differs from its raw.received audit entry"));
            if (raw.Bytes is null)
                result.Findings.Add(new(place, "its stored bytes cannot be decoded"));
            else if (raw.Bytes.Length == 0 && facts.Pruned.Contains(raw.Id))
                result.PrunedPayloads++;
            else if (Convert.ToHexStringLower(SHA256.HashData(raw.Bytes)) != raw.Sha256)
                result.Findings.Add(new(place, "its bytes do not match their SHA-256 digest"));
        }
    }

    private static async Task VerifyComplaintsAsync(IAuditRepository repository, IHubSession session, ChainFacts facts, AuditVerification result, CancellationToken ct)
    {
        await foreach (var row in repository.ComplaintsAsync(session, ct))
        {
            if (row.ComplaintJson is null) continue;
            result.Complaints++;
            var place = $"complaint {row.Id}";
            string actual;
            try { actual = ContentDigest.Of(JsonSerializer.Deserialize<Complaint>(row.ComplaintJson, HubJson.Options)!); }
            catch (JsonException) { result.Findings.Add(new(place, "its stored JSON cannot be read")); continue; }
            if (actual != row.ContentHash) result.Findings.Add(new(place, "its stored content does not match its content hash"));
            if (!facts.ContentHashes.TryGetValue(row.Id, out var audited))
                result.Findings.Add(new(place, "has no audit entry with its content hash"));
            else if (audited.Hash != actual)
                result.Findings.Add(new(place, $"its content differs from its latest audit entry ({audited.Seq})"));
        }
    }

    /// <summary>What the chain says about payloads and complaints, for the later checks.</summary>
    private sealed class ChainFacts
    {
        public Dictionary<long, string> RawDigests { get; } = [];
        public HashSet<long> Pruned { get; } = [];
        public Dictionary<string, (long Seq, string Hash)> ContentHashes { get; } = new(StringComparer.Ordinal);

        public void Learn(AuditEntry e)
        {
            if (e.Kind is AuditKinds.RawReceived or AuditKinds.RawPruned && TryRawId(e.Subject, out var rawId))
            {
                if (e.Kind == AuditKinds.RawReceived) RawDigests[rawId] = AuditBody.Field(e.Body, "sha256") ?? "";
                else Pruned.Add(rawId);
                return;
            }
            if (e.Body.Contains(AuditKinds.ContentHashField, StringComparison.Ordinal) && AuditBody.Field(e.Body, AuditKinds.ContentHashField) is { } hash)
                ContentHashes[e.Subject] = (e.Seq, hash);
        }

        private static bool TryRawId(string subject, out long id)
        {
            id = 0;
            return subject.StartsWith("raw:", StringComparison.Ordinal) && long.TryParse(subject.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture, out id);
        }
    }
}
