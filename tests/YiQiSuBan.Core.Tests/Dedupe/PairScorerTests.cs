using YiQiSuBan.Core.Dedupe;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary>How <see cref="PairScorer"/> reads two identities, field by field (what an explanation shows).</summary>
public class PairScorerTests
{
    private static DedupeDoc Doc(string id, string channel, params string[] identity) => new()
    {
        Id = id, Channel = channel, At = 0, Text = Complaints.Noise, Identity = [.. identity.Order(StringComparer.Ordinal)], GroupRoot = id,
    };

    [Fact]
    public void A_field_agrees_when_a_key_is_shared_conflicts_when_both_have_it_and_none_is_shared_and_is_left_out_when_one_lacks_it()
    {
        var x = Doc("a", "hotline12345", "phone:13800000001", "phone:13900000002", "cc:91370404MA46ERYY0Q", "name:钱");
        var y = Doc("b", "mayor-mailbox", "phone:13900000002", "cc:91370404MA0DREKQ4F", "ent:华宇食品");

        var link = new PairScorer(new DedupeOptions()).Score(x, y);

        Assert.Equal(["phone"], link.Agreed);
        Assert.Equal(["cc"], link.Conflicting);
        Assert.Equal(LinkKind.Duplicate, link.Kind); // a shared phone identifies the complainant even across two credit codes
    }

    [Fact]
    public void A_key_of_one_field_never_agrees_with_another_field()
    {
        var link = new PairScorer(new DedupeOptions()).Score(Doc("a", "hotline12345", "ent:13800000001"), Doc("b", "people-board", "phone:13800000001"));

        Assert.Empty(link.Agreed);
        Assert.Empty(link.Conflicting);
    }
}
