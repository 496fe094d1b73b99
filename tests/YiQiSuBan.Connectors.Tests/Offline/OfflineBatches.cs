using System.Text;

namespace YiQiSuBan.Connectors.Tests.Offline;

/// <summary>A small collector sheet as Excel saves it on Chinese Windows: GB18030 CSV with a title row.</summary>
public static class OfflineBatches
{
    public static byte[] Csv(params string[] contents)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = new StringBuilder("峄城区企业诉求收集表（7月）,,,,,\r\n序号,采集人,采集人身份,所属镇街,企业名称,联系电话,诉求类型,诉求内容,采集时间\r\n");
        for (var i = 0; i < contents.Length; i++)
            text.Append($"{i + 1},张某,网格员,榴园,枣庄某某商贸有限公司,13806321234,投诉,{contents[i]},2023/7/10 9:30\r\n");
        return Encoding.GetEncoding("GB18030").GetBytes(text.ToString());
    }
}
