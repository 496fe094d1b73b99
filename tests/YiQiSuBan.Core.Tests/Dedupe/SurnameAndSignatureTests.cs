using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Tests.Dedupe;

public class SurnameAndSignatureTests
{
    [Theory]
    [InlineData("谭某某", "谭")]
    [InlineData("谭**", "谭")]
    [InlineData("谭涛", "谭")]
    [InlineData("匿名", null)]
    [InlineData("某某", null)]
    [InlineData("Tom", null)]
    [InlineData(null, null)]
    public void Surnames_come_from_plain_and_masked_names(string? name, string? surname) =>
        Assert.Equal(surname, IdentityKeys.Surname(name));

    [Fact]
    public void A_signature_names_the_complainants_enterprise_and_a_surname_is_no_lookup_key()
    {
        var c = Complaints.Make("mayor-mailbox", "1", 0, "我是枣庄市峄城区华宇食品有限公司的负责人，小区门口设置医院。") with
        {
            Complainant = new Complainant { Name = "刘**" },
        };
        var doc = DedupeDoc.From(c);
        Assert.Contains("ent:华宇食品", doc.Identity);
        Assert.Contains("name:刘", doc.Identity);
        Assert.DoesNotContain("name:刘", doc.IdentifyingKeys);
        Assert.False(doc.IsAnonymous);
    }

    [Fact]
    public void Different_surnames_make_close_texts_related_and_the_same_surname_a_duplicate()
    {
        var scorer = new PairScorer(new DedupeOptions());
        DedupeDoc Named(string channel, string id, string name) =>
            DedupeDoc.From(Complaints.Make(channel, id, 1, Complaints.Noise) with { Complainant = new Complainant { Name = name } });
        var x = Named("hotline12345", "1", "钱某某");
        Assert.Equal(LinkKind.Related, scorer.Score(x, Named("mayor-mailbox", "2", "李**")).Kind);
        Assert.Equal(LinkKind.Duplicate, scorer.Score(x, Named("mayor-mailbox", "3", "钱**")).Kind);
        Assert.Equal(["name"], scorer.Score(x, Named("mayor-mailbox", "3", "钱**")).Agreed);
    }
}
