using System.Runtime.CompilerServices;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// Appends hash-linked entries inside a caller's session and makes signed checkpoints. The chain head is read
/// once per session under the chain lock and then kept with the session.
/// </summary>
public sealed class AuditLog(IEnumerable<IAuditRepository> repositories, CheckpointSigner signer, TimeProvider time)
{
    private readonly Dictionary<string, IAuditRepository> _repositories = repositories.ToDictionary(r => r.Dialect, StringComparer.Ordinal);
    private readonly ConditionalWeakTable<IHubSession, Head> _heads = []; // per session: drivers may reuse transaction objects

    public TimeProvider Time => time;

    public IAuditRepository Repository(IHubSession session) =>
        _repositories.TryGetValue(session.Dialect, out var r) ? r : throw new NotSupportedException($"No audit tables for the {session.Dialect} store.");

    public async Task<AuditEntry> AppendAsync(IHubSession session, string kind, string subject, string body, CancellationToken ct = default)
    {
        var repository = Repository(session);
        if (!_heads.TryGetValue(session, out var head))
        {
            await repository.LockChainAsync(session, ct);
            var last = await repository.LastEntryAsync(session, ct);
            head = new Head(last?.Seq ?? 0, last?.EntryHash ?? AuditHashing.Genesis);
            _heads.AddOrUpdate(session, head);
        }
        var seq = head.Seq + 1;
        var at = AuditHashing.FormatTime(time.GetUtcNow());
        var entry = new AuditEntry
        {
            Seq = seq, At = at, Kind = kind, Subject = subject, Body = body, PrevHash = head.Hash,
            EntryHash = AuditHashing.EntryHash(seq, at, kind, subject, body, head.Hash),
        };
        await repository.InsertAsync(session, entry, ct);
        head.Seq = seq;
        head.Hash = entry.EntryHash;
        return entry;
    }

    /// <summary>Commits to every entry so far with a signed Merkle root, in its own transaction.</summary>
    public async Task<AuditCheckpoint> CheckpointAsync(IHubStore store, CancellationToken ct = default)
    {
        await using var session = await store.BeginAsync(ct);
        var repository = Repository(session);
        await repository.LockChainAsync(session, ct);
        var last = await repository.LastEntryAsync(session, ct);
        var accumulator = new MerkleAccumulator();
        foreach (var hash in await repository.EntryHashesAsync(session, last?.Seq ?? 0, ct))
            accumulator.AddLeafHash(MerkleTree.LeafHash(Convert.FromHexString(hash)));
        var checkpoint = signer.Sign(accumulator.Count, Convert.ToHexStringLower(accumulator.Root()), AuditHashing.FormatTime(time.GetUtcNow()));
        await repository.InsertCheckpointAsync(session, checkpoint, ct);
        await session.CommitAsync(ct);
        return checkpoint;
    }

    private sealed class Head(long seq, string hash)
    {
        public long Seq { get; set; } = seq;
        public string Hash { get; set; } = hash;
    }
}
