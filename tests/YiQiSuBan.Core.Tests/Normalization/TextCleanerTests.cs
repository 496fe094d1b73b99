using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Tests.Normalization;

public sealed class TextCleanerTests
{
    [Fact]
    public void Markup_entities_and_white_space_runs_go() =>
        Assert.Equal("第一行 第二行 & 第三", TextCleaner.Clean("\n\t 第一行<br/>第二行&nbsp;&amp;\u3000\u0007第三 \r\n"));
}
