using System.Security.Cryptography;

namespace YiQiSuBan.Core.Audit;

/// <summary>
/// Streams leaves in and gives the RFC 9162 root of everything added so far, in O(log n) memory:
/// it keeps the roots of the perfect subtrees that the binary digits of n make up.
/// </summary>
public sealed class MerkleAccumulator
{
    private readonly List<(long Size, byte[] Hash)> _stack = [];

    public long Count { get; private set; }

    public void AddLeafHash(byte[] leafHash)
    {
        var item = (Size: 1L, Hash: leafHash);
        while (_stack.Count > 0 && _stack[^1].Size == item.Size)
        {
            var left = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            item = (left.Size * 2, MerkleTree.NodeHash(left.Hash, item.Hash));
        }
        _stack.Add(item);
        Count++;
    }

    public byte[] Root()
    {
        if (_stack.Count == 0) return SHA256.HashData([]);
        var r = _stack[^1].Hash;
        for (var i = _stack.Count - 2; i >= 0; i--) r = MerkleTree.NodeHash(_stack[i].Hash, r);
        return r;
    }
}
