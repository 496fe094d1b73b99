using System.Globalization;
using System.Security;
using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YiQiSuBan.Connectors.Supervision;

namespace YiQiSuBan.Host.Simulators;

/// <summary>Plays the provincial platform: bearer-checked GET of transfer orders with ZBSJ ≥ since, as a GBK XML document.</summary>
public sealed class SupervisionSimulator : SimulatorServer
{
    private readonly Lock _lock = new();
    private readonly List<(string Zbdh, string Zbsj, string Xml)> _orders = [];


    public SupervisionSimulator(string token, int? port = null) : base(port)
    {
        Token = token;
        Server.Given(Request.Create().WithPath(SupervisionClient.Path).UsingGet()).RespondWith(Response.Create().WithCallback(r => Serve(r, List)));
    }

    public string Token { get; }

    /// <summary>Adds <paramref name="count"/> synthetic transfer orders, ZBSJ one minute apart from <paramref name="start"/>.</summary>
    public void Generate(int count, DateTime start, string prefix = "GWYDC")
    {
        lock (_lock)
            for (var i = 0; i < count; i++)
            {
                var zbdh = $"{prefix}-{start:yyyy}-370404-{_orders.Count:00000}";
                var zbsj = start.AddMinutes(i);
                _orders.Add((zbdh, zbsj.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture), $"""
                      <ZBD><ZBDH>{zbdh}</ZBDH><LY>互联网+督查</LY><BT>企业反映工程款被拖欠{i}</BT><NR><![CDATA[企业反映某项目工程款被长期拖欠，请督促解决。]]></NR>
                      <TJSJ>{zbsj.AddDays(-2):yyyy-MM-dd HH:mm:ss}</TJSJ><ZBSJ>{zbsj:yyyy-MM-dd HH:mm:ss}</ZBSJ><BLSX>{zbsj.AddDays(14):yyyy-MM-dd}</BLSX>
                      <LXR>赵某</LXR><LXDH>0632-7712345</LXDH><QYMC>枣庄市某建筑工程有限公司</QYMC><TYSHXYDM>91350100M000100Y43</TYSHXYDM>
                      <SSQY>370404</SSQY><XXDZ>峄城区坛山街道</XXDZ><WTLB>拖欠账款</WTLB><FJLIST/></ZBD>
                    """));
            }
    }

    public IReadOnlyList<string> Keys()
    {
        lock (_lock) return _orders.Select(o => o.Zbdh).Order(StringComparer.Ordinal).ToList();
    }

    private ResponseMessage List(IRequestMessage request)
    {
        if (Header(request, "Authorization") != "Bearer " + Token) return Text(401, "<RESULT><CODE>401</CODE><MSG>token</MSG></RESULT>", "application/xml");
        var since = System.Web.HttpUtility.ParseQueryString((request.RawQuery ?? "").TrimStart('?'))["since"] ?? "";
        List<string> picked;
        lock (_lock) picked = _orders.Where(o => string.CompareOrdinal(o.Zbsj, since) >= 0).OrderBy(o => o.Zbsj, StringComparer.Ordinal).Select(o => o.Xml).ToList();
        var xml = $"<?xml version=\"1.0\" encoding=\"GBK\"?>\n<ZBDLIST ZS=\"{picked.Count}\" SJ=\"{DateTime.Now:yyyyMMddHHmmss}\">\n{string.Concat(picked)}</ZBDLIST>\n";
        return Bytes(200, YiQiSuBan.Connectors.Encodings.PayloadEncodings.Gbk.GetBytes(xml), "application/xml");
    }

    protected override ResponseMessage BusinessError(string code) =>
        Bytes(200, YiQiSuBan.Connectors.Encodings.PayloadEncodings.Gbk.GetBytes($"<?xml version=\"1.0\" encoding=\"GBK\"?><RESULT><CODE>{SecurityElement.Escape(code)}</CODE><MSG>繁忙</MSG></RESULT>"), "application/xml");
}
