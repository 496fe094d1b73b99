using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Tests.Normalization;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("+86 138 0632 5678", "13806325678")]
    [InlineData("138-0632-1234", "13806321234")]
    [InlineData("0632-7712345", "0632-7712345")]
    [InlineData("06327712345", "0632-7712345")]
    [InlineData("1.38063E+10", "13806300000")]
    [InlineData("８６13806321234", "13806321234")]
    public void Normalizes(string raw, string expected) => Assert.Equal(expected, PhoneNormalizer.Normalize(raw));

    [Fact]
    public void Finds_a_mobile_number_in_text() =>
        Assert.Equal("13806321234", PhoneNormalizer.FindInText("请联系我，电话13806321234，谢谢"));

    [Theory]
    [InlineData("电话0000-00000000，或0632 3673838", "0632-3673838")]
    [InlineData("原号码0000-00000000已停用，现86 159 5194 0371", "15951940371")]
    public void Skips_masked_placeholders_in_text(string text, string expected) =>
        Assert.Equal(expected, PhoneNormalizer.FindInText(text));
}
