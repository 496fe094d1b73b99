using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary>MinHash band keys are what stores index: they must not change with how they are computed.</summary>
public class MinHashLshTests
{
    [Fact]
    public void Vector_signature_equals_the_scalar_one()
    {
        var random = new Random(7);
        for (var n = 0; n < 300; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 700)).Select(_ => (char)random.Next(0x4E00, 0x4E00 + (n % 3 == 0 ? 40 : 3000))).ToArray());
            var shingles = ShingleSet.Of(text).Items;
            Assert.Equal(MinHashLsh.SignatureScalar(shingles), MinHashLsh.SignatureVector512(shingles));
        }
    }

    [Fact]
    public void Band_keys_are_the_ones_stores_already_hold()
    {
        // computed by the one-function-at-a-time code that wrote every stored key before the vector path existed
        var keys = MinHashLsh.BandKeys(ShingleSet.Of(MatchText.Normalize("商铺被法院冻结", "开发商在没有预售许可证的情况下出售商铺，付了购房款八个月不能网签。")));
        Assert.Equal(MinHashLsh.Bands, keys.Count);
        Assert.Equal("lsh:00:62830c552279e8c2", keys[0]);
        Assert.Equal("lsh:17:56799d04864cfaf6", keys[17]);
        Assert.Equal("lsh:31:01f2a76c8c12ea9b", keys[31]);
    }
}
