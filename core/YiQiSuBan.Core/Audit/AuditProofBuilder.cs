using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>Builds <see cref="AuditProof"/>s, and checks each proof before handing it out.</summary>
public sealed class AuditProofBuilder(AuditLog log)
{
    private static readonly HashSet<string> LineageKinds = [AuditKinds.ComplaintMapped, AuditKinds.DedupeLinked, AuditKinds.DedupeSplit,
        AuditKinds.DedupeJoined, AuditKinds.Delivered, AuditKinds.Acked, AuditKinds.StatusReceived, AuditKinds.StatusForwarded];

    public async Task<AuditProof?> BuildAsync(IHubStore store, string complaintId, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var repository = log.Repository(session);
        var own = (await repository.EntriesAboutAsync(session, [complaintId], ct)).Where(e => LineageKinds.Contains(e.Kind)).ToList();
        if (own.Count == 0) return null;
        var digests = own.Select(e => AuditBody.Field(e.Body, "rawDigest")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var lineage = new List<AuditEntry>();
        await foreach (var e in repository.EntriesAsync(session, ct))
            if (e.Kind == AuditKinds.RawReceived && AuditBody.Field(e.Body, "sha256") is { } sha && digests.Contains(sha)) lineage.Add(e);
        lineage.AddRange(own);

        var checkpoints = await repository.CheckpointsAsync(session, ct);
        var checkpoint = checkpoints.Count == 0 ? null : checkpoints[^1];
        var leaves = checkpoint is null ? [] : (await repository.EntryHashesAsync(session, checkpoint.TreeSize, ct))
            .Select(h => MerkleTree.LeafHash(Convert.FromHexString(h))).ToArray();
        var root = checkpoint is null ? null : Convert.FromHexString(checkpoint.RootHash);
        var proven = lineage.Select(e =>
        {
            var index = e.Seq - 1;
            if (checkpoint is null || index >= leaves.Length) return new AuditProof.ProvenEntry(e, index, null);
            var path = MerkleTree.InclusionProof(leaves, index);
            if (!MerkleTree.VerifyInclusion(index, leaves.Length, MerkleTree.LeafHash(Convert.FromHexString(e.EntryHash)), path, root))
                throw new InvalidOperationException($"audit entry {e.Seq} does not prove against checkpoint {checkpoint.Id}: run audit verify");
            return new AuditProof.ProvenEntry(e, index, path.Select(Convert.ToHexStringLower).ToList());
        }).ToList();
        return new AuditProof { ComplaintId = complaintId, Checkpoint = checkpoint, Lineage = proven };
    }
}
