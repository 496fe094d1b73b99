using YiQiSuBan.Core.Normalization;

namespace YiQiSuBan.Core.Tests.Normalization;

public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350100M000100Y44", false)]
    [InlineData("91370404MAUK6R8NF4", true)]
    [InlineData("9137040", false)]
    public void Check_digit_follows_GB_32100(string code, bool valid) => Assert.Equal(valid, CreditCode.IsValid(code));

    [Fact]
    public void Lower_case_full_width_and_spaces_are_normalized()
    {
        Assert.Equal("91350100M000100Y43", CreditCode.Normalize(" ９１350100m000 100y43 "));
        Assert.True(CreditCode.IsValid(CreditCode.Normalize("91350100m000100y43")));
    }
}
