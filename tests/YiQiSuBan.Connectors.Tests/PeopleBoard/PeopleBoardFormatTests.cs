namespace YiQiSuBan.Connectors.Tests.PeopleBoard;

/// <summary>What the people-board format reads from detail, list and error answers (golden files).</summary>
public sealed class PeopleBoardFormatTests
{
    private readonly ChannelFixtures _fixtures = new("people-board");

    [Theory]
    [InlineData("20240301T120000-detail-30000001.json")]
    [InlineData("20240302T080000-list-5391-p1.json")]
    [InlineData("20240308T090000-detail-30000001.json")]
    [InlineData("20240309T090000-detail-30000001.json")]
    public void Reads_payload_as_in_golden_file(string file) => _fixtures.AssertParsedMatchesGolden(file);

    [Fact]
    public void List_rows_are_partial_and_never_carry_the_truncated_text_as_content()
    {
        var records = _fixtures.Parse("20240302T080000-list-5391-p1.json").Select(r => r.Record!).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.True(r.IsPartial));
        Assert.All(records, r => Assert.False(r.Fields.ContainsKey("content")));
        Assert.All(records, r => Assert.EndsWith("…", r["summary"]));
    }

    [Theory]
    [InlineData("20240310T090000-error-SN0006.json", "board error SN0006", "format or key order")]
    [InlineData("20240310T090001-error-SN0002.json", "board error SN0002", "signature")]
    [InlineData("20240310T090002-error-404.json", "board error 404", "unknown tid")]
    public void Error_answers_fail_with_a_readable_reason(string file, string code, string meaning)
    {
        var result = Assert.Single(_fixtures.Parse(file));
        Assert.Null(result.Record);
        Assert.Contains(code, result.Error);
        Assert.Contains(meaning, result.Error);
    }

    [Fact]
    public void A_later_state_at_the_same_time_orders_after_the_earlier_one()
    {
        var first = _fixtures.Parse("20240301T120000-detail-30000001.json")[0].Record!;
        var row = _fixtures.Parse("20240302T080000-list-5391-p1.json").Select(r => r.Record!).Single(r => r.SourceId == "30000001");
        Assert.True(row.OccurredAt > first.OccurredAt);
    }
}
