using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Host.Ops;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>What an operator sees of a raw payload: phones, ID numbers and names in the mappings' name fields masked.</summary>
public sealed class PersonalDataMaskTests
{
    private static readonly PersonalDataMask Mask = new(MappingCatalog.Load(RepoPaths.Mappings));

    [Theory]
    [InlineData("""{"callerName": "王某某", "callerPhone": "13806321234"}""", """{"callerName": "王**", "callerPhone": "138****1234"}""")]
    [InlineData("<contact><name>李四</name><idCardNo>370404199001011234</idCardNo></contact>", "<contact><name>李*</name><idCardNo>370404********1234</idCardNo></contact>")]
    [InlineData("<td>来信人：</td><td>赵某</td> 电话 0632-7712345", "<td>来信人：</td><td>赵*</td> 电话 0632-****2345")]
    [InlineData("序号,联系人,联系电话\r\n1,张三丰,13900000003\r\n", "序号,联系人,联系电话\r\n1,张**,139****0003\r\n")]
    public void Masks_personal_data(string raw, string shown) => Assert.Equal(shown, Mask.Mask(raw));

    [Fact]
    public void Leaves_dates_amounts_and_codes_alone()
    {
        const string text = "2024-03-10 08:00:00 金额 45352.5 区划 370404101 信用代码 91370404MA46ERYY0Q";
        Assert.Equal(text, Mask.Mask(text));
    }
}
