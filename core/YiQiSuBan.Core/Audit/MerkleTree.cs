using System.Security.Cryptography;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// RFC 9162 (Certificate Transparency v2) Merkle tree hashing: leaf = SHA-256(0x00 || data),
/// node = SHA-256(0x01 || left || right), the left subtree holding the largest power of two below n.
/// </summary>
public static class MerkleTree
{
    public static byte[] LeafHash(ReadOnlySpan<byte> data)
    {
        Span<byte> buffer = data.Length < 512 ? stackalloc byte[data.Length + 1] : new byte[data.Length + 1];
        buffer[0] = 0x00;
        data.CopyTo(buffer[1..]);
        return SHA256.HashData(buffer);
    }

    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + left.Length + right.Length];
        buffer[0] = 0x01;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        return SHA256.HashData(buffer);
    }

    /// <summary>MTH over leaf hashes; the empty tree's root is SHA-256 of nothing.</summary>
    public static byte[] Root(IReadOnlyList<byte[]> leafHashes) =>
        leafHashes.Count == 0 ? SHA256.HashData([]) : Subtree(leafHashes, 0, leafHashes.Count);

    /// <summary>PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, over leaf hashes.</summary>
    public static IReadOnlyList<byte[]> InclusionProof(IReadOnlyList<byte[]> leafHashes, long index)
    {
        if (index < 0 || index >= leafHashes.Count) throw new ArgumentOutOfRangeException(nameof(index));
        var path = new List<byte[]>();
        Path((int)index, 0, leafHashes.Count, leafHashes, path);
        return path;
    }

    /// <summary>RFC 9162 §2.1.3.2: does <paramref name="proof"/> lead from the leaf hash to <paramref name="root"/>?</summary>
    public static bool VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size) return false;
        long fn = index, sn = size - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0) return false;
            if ((fn & 1) == 1 || fn == sn)
            {
                r = NodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = NodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && r.AsSpan().SequenceEqual(root);
    }

    /// <summary>The largest power of two strictly below <paramref name="n"/> (n ≥ 2).</summary>
    public static int Split(int n)
    {
        var k = 1;
        while (k << 1 < n) k <<= 1;
        return k;
    }

    private static byte[] Subtree(IReadOnlyList<byte[]> leaves, int start, int count)
    {
        if (count == 1) return leaves[start];
        var k = Split(count);
        return NodeHash(Subtree(leaves, start, k), Subtree(leaves, start + k, count - k));
    }

    private static void Path(int m, int start, int count, IReadOnlyList<byte[]> leaves, List<byte[]> path)
    {
        if (count == 1) return;
        var k = Split(count);
        if (m < k)
        {
            Path(m, start, k, leaves, path);
            path.Add(Subtree(leaves, start + k, count - k));
        }
        else
        {
            Path(m - k, start + k, count - k, leaves, path);
            path.Add(Subtree(leaves, start, k));
        }
    }
}
