using YiQiSuBan.Core.Audit;

namespace YiQiSuBan.Core.Tests.Audit;

/// <summary>The Merkle tree against the Certificate Transparency (RFC 6962 / RFC 9162) reference vectors.</summary>
public sealed class MerkleTreeTests
{
    private static readonly byte[][] Leaves =
        new[] { "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f" }
            .Select(h => MerkleTree.LeafHash(Convert.FromHexString(h))).ToArray();

    private static readonly string[] Roots =
    [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    [Fact]
    public void Roots_of_the_first_0_to_8_test_leaves_match_the_reference()
    {
        for (var n = 0; n <= 8; n++)
            Assert.Equal(Roots[n], Convert.ToHexStringLower(MerkleTree.Root(Leaves[..n])));
    }

    [Fact]
    public void The_streaming_accumulator_gives_the_same_roots()
    {
        var accumulator = new MerkleAccumulator();
        Assert.Equal(Roots[0], Convert.ToHexStringLower(accumulator.Root()));
        for (var n = 1; n <= 8; n++)
        {
            accumulator.AddLeafHash(Leaves[n - 1]);
            Assert.Equal(Roots[n], Convert.ToHexStringLower(accumulator.Root()));
        }
    }

    [Theory]
    [InlineData(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b,ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0,d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    [InlineData(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]
    [InlineData(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d,5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e,bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")]
    [InlineData(0, 1, "")]
    public void Inclusion_proofs_match_the_reference_and_verify(int index, int size, string expected)
    {
        var proof = MerkleTree.InclusionProof(Leaves[..size], index);
        Assert.Equal(expected, string.Join(",", proof.Select(Convert.ToHexStringLower)));
        var root = Convert.FromHexString(Roots[size]);
        Assert.True(MerkleTree.VerifyInclusion(index, size, Leaves[index], proof, root));
        Assert.False(MerkleTree.VerifyInclusion(index, size, Leaves[(index + 1) % 8], proof, root));
        if (size > 1) Assert.False(MerkleTree.VerifyInclusion((index + 1) % size, size, Leaves[index], proof, root));
    }

    [Fact]
    public void Every_leaf_of_every_tree_up_to_40_has_a_proof_that_verifies()
    {
        var leaves = Enumerable.Range(0, 40).Select(i => MerkleTree.LeafHash([(byte)i, (byte)(i * 7)])).ToArray();
        for (var n = 1; n <= leaves.Length; n++)
        {
            var root = MerkleTree.Root(leaves[..n]);
            for (var i = 0; i < n; i++)
                Assert.True(MerkleTree.VerifyInclusion(i, n, leaves[i], MerkleTree.InclusionProof(leaves[..n], i), root), $"leaf {i} of {n}");
        }
    }
}
