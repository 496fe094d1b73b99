namespace YiQiSuBan.Connectors.Tests.MayorMailbox;

/// <summary>What the mayor-mailbox format reads from GB18030 detail and list pages, and how it reports layout drift.</summary>
public sealed class MayorMailboxFormatTests
{
    private readonly ChannelFixtures _fixtures = new("mayor-mailbox");

    [Theory]
    [InlineData("20240401T090000-detail-YC202404010001.html")]
    [InlineData("20240402T090000-list-p001.html")]
    [InlineData("20240410T090000-detail-YC202404010001.html")]
    public void Reads_page_as_in_golden_file(string file) => _fixtures.AssertParsedMatchesGolden(file);

    [Fact]
    public void Decodes_characters_outside_gb2312()
    {
        var record = _fixtures.Parse("20240401T090000-detail-YC202404010001.html")[0].Record!;
        Assert.Equal("𠮷**", record["来信人"]);
        Assert.Contains("我是𠮷祥小区的住户", record["来信内容"]);
    }

    [Theory]
    [InlineData("20240413T090000-list-p001.html", "neither table.mail_detail nor table.mail_list")]
    [InlineData("20240413T090001-list-p002.html", "no letter rows")]
    public void A_non_empty_page_without_letters_is_layout_drift(string file, string detail)
    {
        var result = Assert.Single(_fixtures.Parse(file));
        Assert.Null(result.Record);
        Assert.StartsWith("layout changed: ", result.Error);
        Assert.Contains(detail, result.Error);
    }

    [Fact]
    public void A_list_that_says_it_has_no_pages_is_empty_not_drift() =>
        Assert.Empty(_fixtures.Parse("20240413T090002-list-empty.html"));

    [Fact]
    public void List_rows_are_partial_and_carry_the_state_and_objid()
    {
        var rows = _fixtures.Parse("20240402T090000-list-p001.html").Select(r => r.Record!).ToList();
        Assert.All(rows, r => Assert.True(r.IsPartial));
        Assert.All(rows, r => Assert.Equal("办理中", r["办理状态"]));
        Assert.All(rows, r => Assert.False(r.Fields.ContainsKey("来信内容")));
        Assert.Equal("8a8c00000000000000000000000000b1", rows.Single(r => r.SourceId == "YC202404010001")["objid"]);
    }
}
