using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Tests.Normalization;

public sealed class TimeParserTests
{
    [Theory]
    [InlineData("2023-07-10 09:12:33", "2023-07-10T09:12:33+08:00")]
    [InlineData(" 2023-07-10 09:12:33\t", "2023-07-10T09:12:33+08:00")]
    [InlineData("2023-07-10 09:12", "2023-07-10T09:12:00+08:00")]
    [InlineData("2024-02-29 23:59:59", "2024-02-29T23:59:59+08:00")]
    [InlineData("２０２３-07-10 09:12:33", "2023-07-10T09:12:33+08:00")]
    [InlineData("2023-07-10T09:28:41+08:00", "2023-07-10T09:28:41+08:00")]
    [InlineData("2023-07-10T01:28:41Z", "2023-07-10T09:28:41+08:00")]
    [InlineData("2023/7/10 9:30", "2023-07-10T09:30:00+08:00")]
    [InlineData("2023-07-10", "2023-07-10T00:00:00+08:00")]
    [InlineData("2023年7月10日", "2023-07-10T00:00:00+08:00")]
    [InlineData("20230710093000", "2023-07-10T09:30:00+08:00")]
    [InlineData("1688953953", "2023-07-10T09:52:33+08:00")]
    [InlineData("45117", "2023-07-10T00:00:00+08:00")]
    [InlineData("45117.395833333336", "2023-07-10T09:30:00+08:00")]
    public void Reads_every_channel_format(string raw, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), TimeParser.Parse(raw));

    [Theory]
    [InlineData("明天上午")]
    [InlineData("2023-02-29 10:00:00")]
    [InlineData("2023-07-10 24:00:00")]
    [InlineData("2023-13-10 09:12:33")]
    [InlineData("2023-07-10 09:60")]
    public void Not_a_time_is_null(string raw) => Assert.Null(TimeParser.Parse(raw));
}
