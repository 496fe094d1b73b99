using System.Globalization;
using System.Net;
using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YiQiSuBan.Connectors.MayorMailbox;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// Plays the district site's /jact/ letters pages in GB18030 (header without charset, gb2312 meta): 20 letters a page,
/// newest first, detail pages by objid; <see cref="Redesign"/> switches to a layout the scraper does not know.
/// </summary>
public sealed class MayorMailboxSimulator : SimulatorServer
{
    private const int PageSize = 20;
    private static Encoding Gb18030 => YiQiSuBan.Connectors.Encodings.PayloadEncodings.Gb18030;
    private readonly Lock _lock = new();
    private readonly List<Letter> _letters = [];
    private bool _redesigned;

    private sealed record Letter(string Number, string ObjId, string Title, string Date, string Status, string Content, string Reply);

    public MayorMailboxSimulator(int? port = null) : base(port)
    {
        Server.Given(Request.Create().WithPath(MayorMailboxClient.ListPath).UsingGet()).RespondWith(Response.Create().WithCallback(r => Serve(r, List)));
        Server.Given(Request.Create().WithPath(MayorMailboxClient.DetailPath).UsingGet()).RespondWith(Response.Create().WithCallback(r => Serve(r, Detail)));
    }

    public void Generate(int count, DateTime start, string prefix = "YC")
    {
        lock (_lock)
            for (var i = 0; i < count; i++)
            {
                var n = _letters.Count;
                _letters.Add(new Letter($"{prefix}{start:yyyyMMdd}{n:0000}", $"8a8c{n:x8}", $"反映小区门口道路积水问题{n}",
                    start.AddHours(n).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), "办理中", "小区门口道路一下雨就积水，<br>希望尽快修缮。&nbsp;谢谢！", ""));
            }
    }

    /// <summary>The letter gets a reply and its status changes (as the site edits published letters).</summary>
    public void Answer(int index)
    {
        lock (_lock) _letters[index] = _letters[index] with { Status = "已回复", Reply = "经核实，已安排维修。" };
    }

    public void Redesign() => _redesigned = true;

    public IReadOnlyList<string> Keys()
    {
        lock (_lock) return _letters.Select(l => l.Number).Order(StringComparer.Ordinal).ToList();
    }

    private ResponseMessage List(IRequestMessage request)
    {
        var pageNo = int.TryParse(System.Web.HttpUtility.ParseQueryString((request.RawQuery ?? "").TrimStart('?'))["pageno"], out var p) ? p : 1;
        List<Letter> newestFirst;
        lock (_lock) newestFirst = Enumerable.Reverse(_letters).ToList();
        var pages = Math.Max(1, (newestFirst.Count + PageSize - 1) / PageSize);
        var rows = string.Concat(newestFirst.Skip((pageNo - 1) * PageSize).Take(PageSize).Select(l => _redesigned
            ? $"<div class=\"letter-card\"><span>{l.Number}</span><a href=\"mailpubdetail.do?sysid=6&amp;objid={l.ObjId}\">{WebUtility.HtmlEncode(l.Title)}</a></div>\n"
            : $"<tr class=\"tr_css\"><td>{l.Number}</td><td><a href=\"mailpubdetail.do?sysid=6&amp;objid={l.ObjId}\">{WebUtility.HtmlEncode(l.Title)}</a></td><td>投诉</td><td>{l.Date[..10]}</td><td>{l.Status}</td><td>峄城区住建局</td></tr>\n"));
        var body = _redesigned
            ? $"<div class=\"mail-list-v2\">{rows}</div><div class=\"pager\">第{pageNo}/{pages}</div>"
            : $"<table class=\"mail_list\"><tr><th>信件编号</th><th>标题</th><th>类型</th><th>时间</th><th>状态</th><th>单位</th></tr>\n{rows}</table><span class=\"pagecount\">共 {pages} 页</span>";
        return Page("区长信箱", body);
    }

    private ResponseMessage Detail(IRequestMessage request)
    {
        var objid = System.Web.HttpUtility.ParseQueryString((request.RawQuery ?? "").TrimStart('?'))["objid"];
        Letter? l;
        lock (_lock) l = _letters.FirstOrDefault(x => x.ObjId == objid);
        if (l is null) return Bytes(404, Gb18030.GetBytes("<html><body>信件不存在</body></html>"), "text/html");
        var rows = $"<tr><th>信件编号</th><td>{l.Number}</td></tr><tr><th>信件标题</th><td>{WebUtility.HtmlEncode(l.Title)}</td></tr><tr><th>来信人</th><td>张**</td></tr>" +
                   $"<tr><th>来信时间</th><td>{l.Date}</td></tr><tr><th>信件类型</th><td>投诉</td></tr><tr><th>来信内容</th><td>{l.Content}</td></tr>" +
                   $"<tr><th>答复单位</th><td>{(l.Reply.Length > 0 ? "峄城区住建局" : "")}</td></tr><tr><th>答复时间</th><td>{(l.Reply.Length > 0 ? l.Date : "")}</td></tr><tr><th>答复内容</th><td>{l.Reply}</td></tr>";
        return Page(l.Title, $"<table class=\"mail_detail\">{rows}</table>");
    }

    private static ResponseMessage Page(string title, string body) =>
        Bytes(200, Gb18030.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>{WebUtility.HtmlEncode(title)}</title></head><body>{body}</body></html>"), "text/html");

    protected override ResponseMessage BusinessError(string code) => Bytes(503, Gb18030.GetBytes("<html><body>服务器繁忙</body></html>"), "text/html");
}
