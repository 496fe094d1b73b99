using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Tests.Dedupe;

public class NormalizationTests
{
    [Theory]
    [InlineData("枣庄市峄城区华宇食品有限公司", "华宇食品")]
    [InlineData("山东华宇食品有限责任公司", "华宇食品")]
    [InlineData("山东省枣庄市华宇食品股份有限公司", "华宇食品")]
    [InlineData("华宇食品有限公司峄城分公司", "华宇食品有限公司峄城")]
    [InlineData("（峨山镇）华宇食品有限公司", "华宇食品")]
    [InlineData("ＡＢＣ科技有限公司", "abc科技")]
    public void Enterprise_names_lose_region_prefixes_and_legal_suffixes(string raw, string expected) =>
        Assert.Equal(expected, EnterpriseNames.Normalize(raw));

    [Fact]
    public void Identity_keys_come_from_fields_and_text_in_any_width()
    {
        var c = Complaints.Make("hotline12345", "1", 0, "联系电话：+86 181 1438 7432（企业名称：枣庄市华宇食品有限公司，统一社会信用代码：９１３７０４０４ma46eryy0q）", phone: "0632-7712345");
        var keys = IdentityKeys.Of(c);
        Assert.Contains("phone:0632-7712345", keys);
        Assert.Contains("phone:18114387432", keys);
        Assert.Contains("cc:91370404MA46ERYY0Q", keys);
        Assert.Contains("ent:华宇食品", keys);
    }

    [Fact]
    public void Text_normalization_ignores_width_punctuation_and_greetings()
    {
        var a = MatchText.Normalize(null, "尊敬的领导：您好！小区１０栋楼下粉店油烟严重，ＡＢＣ。");
        var b = MatchText.Normalize("", "小区10栋楼下粉店油烟严重 abc");
        Assert.Equal(b, a);
    }

    [Fact]
    public void Pair_scorer_needs_closer_text_for_later_refiles()
    {
        var scorer = new PairScorer(new DedupeOptions());
        var x = DedupeDoc.From(Complaints.Make("hotline12345", "1", 0, Complaints.Noise, phone: "13800000001"));
        var near = DedupeDoc.From(Complaints.Make("people-board", "2", 3, Complaints.Noise[..60] + Complaints.Other[..40], phone: "13800000001"));
        var late = near with { At = x.At + 90 * 86400L };
        Assert.Equal(LinkKind.Duplicate, scorer.Score(x, near).Kind);
        Assert.Equal(LinkKind.None, scorer.Score(x, late).Kind);
        Assert.Equal(["phone"], scorer.Score(x, near).Agreed);
    }
}
