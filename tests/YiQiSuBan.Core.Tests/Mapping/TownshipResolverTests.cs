using YiQiSuBan.Core.Mapping;

namespace YiQiSuBan.Core.Tests.Mapping;

/// <summary>Township search in free text: road names that carry a township's name are not township mentions.</summary>
public sealed class TownshipResolverTests
{
    private static readonly TownshipResolver Resolver = new([
        new Township("370404001", "坛山街道", ["坛山"]),
        new Township("370404100", "古邵镇", ["古邵"]),
        new Township("370404101", "阴平镇", ["阴平"]),
    ]);

    [Theory]
    [InlineData("峄城区阴平路93号", null)]
    [InlineData("峄城区古邵大街188号", null)]
    [InlineData("坛山中路5号", null)]
    [InlineData("峄城区阴平路93号，阴平镇政府附近", "370404101")]
    [InlineData("坛山街道某社区", "370404001")]
    [InlineData("家住古邵，门口的阴平路不通", "370404100")]
    public void Finds_the_first_township_mention_that_is_not_a_road(string text, string? code) =>
        Assert.Equal(code, Resolver.FromText(text)?.Code);
}
