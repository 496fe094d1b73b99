using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YiQiSuBan.Connectors.PeopleBoard;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// Plays the leaders' message board: md5 signature (SN0002), exact param key order (SN0006), newest-first list
/// paged by lastItem, thread details with official replies once answered, unknown tid → 404.
/// </summary>
public sealed class PeopleBoardSimulator : SimulatorServer
{
    private readonly Lock _lock = new();
    private readonly List<(string Tid, long Fid, long Dateline, bool Answered)> _threads = [];

    public PeopleBoardSimulator(string appCode, int? port = null) : base(port)
    {
        AppCode = appCode;
        Server.Given(Request.Create().WithPath(PeopleBoardSignature.ListPath).UsingPost()).RespondWith(Response.Create().WithCallback(r => Serve(r, List)));
        Server.Given(Request.Create().WithPath(PeopleBoardSignature.DetailPath).UsingPost()).RespondWith(Response.Create().WithCallback(r => Serve(r, Detail)));
    }

    public string AppCode { get; }

    public void Generate(int count, long fid, DateTimeOffset start)
    {
        lock (_lock)
            for (var i = 0; i < count; i++)
                _threads.Add(((26_000_000 + _threads.Count).ToString(CultureInfo.InvariantCulture), fid, start.ToUnixTimeSeconds() + _threads.Count * 60, false));
    }

    public void Answer(int index)
    {
        lock (_lock) _threads[index] = _threads[index] with { Answered = true };
    }

    public IReadOnlyList<string> Keys()
    {
        lock (_lock) return _threads.Select(t => t.Tid).Order(StringComparer.Ordinal).ToList();
    }

    private (string? Param, ResponseMessage? Refusal) Verify(IRequestMessage request, string path)
    {
        var body = JsonNode.Parse(request.Body ?? "{}")!.AsObject();
        var param = (string?)body["param"] ?? "";
        var sign = PeopleBoardSignature.Sign(path, param, AppCode, (string?)body["token"] ?? "");
        if ((string?)body["appCode"] != AppCode || (string?)body["signature"] != sign) return (null, Result("SN0002", "签名错误"));
        return (param, null);
    }

    private ResponseMessage List(IRequestMessage request)
    {
        var (param, refusal) = Verify(request, PeopleBoardSignature.ListPath);
        if (refusal is not null) return refusal;
        var p = JsonNode.Parse(param!)!.AsObject();
        var fid = (long)p["fid"]!;
        var rows = (int)p["rows"]!;
        var lastItem = (string?)p["lastItem"] ?? "";
        if (param != PeopleBoardSignature.ListParam(fid, lastItem, rows)) return Result("SN0006", "数据格式错误");
        List<(string Tid, long Fid, long Dateline, bool Answered)> newest;
        lock (_lock) newest = _threads.Where(t => t.Fid == fid).OrderByDescending(t => t.Dateline).ToList();
        var start = lastItem.Length == 0 ? 0 : newest.FindIndex(t => t.Tid == lastItem) + 1;
        var page = newest.Skip(start).Take(rows).ToList();
        var data = new JsonArray(page.Select(t => (JsonNode)Summary(t)).ToArray());
        return Ok(new JsonObject { ["data"] = data, ["hasMore"] = start + page.Count < newest.Count });
    }

    private ResponseMessage Detail(IRequestMessage request)
    {
        var (param, refusal) = Verify(request, PeopleBoardSignature.DetailPath);
        if (refusal is not null) return refusal;
        var tid = (string?)JsonNode.Parse(param!)!["tid"];
        (string Tid, long Fid, long Dateline, bool Answered) thread;
        lock (_lock) thread = _threads.FirstOrDefault(t => t.Tid == tid);
        if (thread.Tid is null) return Text(200, "{\"resultCode\":404,\"resultMsg\":\"not found\"}", "application/json");
        var contents = new JsonArray(new JsonObject { ["dataType"] = 1, ["content"] = "小区周边道路破损严重，雨天积水，希望尽快修缮。", ["dateline"] = thread.Dateline, ["nickName"] = "网友a1b2c3" });
        if (thread.Answered) contents.Add(new JsonObject { ["dataType"] = 4, ["content"] = "已安排施工单位维修。", ["dateline"] = thread.Dateline + 86_400, ["organization"] = "峄城区住房和城乡建设局" });
        return Ok(new JsonObject { ["thread"] = Summary(thread), ["contentList"] = contents });
    }

    private static JsonObject Summary((string Tid, long Fid, long Dateline, bool Answered) t) => new()
    {
        ["tid"] = long.Parse(t.Tid, CultureInfo.InvariantCulture), ["fid"] = t.Fid, ["forumName"] = "枣庄市峄城区区长", ["subject"] = $"道路破损问题{t.Tid}",
        ["content"] = "小区周边道路破损严重…", ["nickName"] = "网友a1b2c3", ["userType"] = 0, ["typeName"] = "投诉", ["domainName"] = "城建",
        ["stateInfo"] = t.Answered ? "已回复" : "待回复", ["dateline"] = t.Dateline, ["threadsCheckTime"] = t.Dateline + 600,
        ["answerId"] = null, ["lastAnswerTime"] = t.Answered ? t.Dateline + 86_400 : null, ["publicAttachment"] = 0,
    };

    private static ResponseMessage Ok(JsonObject data) =>
        Text(200, new JsonObject { ["resultCode"] = 200, ["resultMsg"] = "success", ["resultData"] = data }.ToJsonString(Json), "application/json");

    private static ResponseMessage Result(string code, string message) =>
        Text(200, new JsonObject { ["resultCode"] = code, ["resultMsg"] = message }.ToJsonString(Json), "application/json");

    protected override ResponseMessage BusinessError(string code) => Text(403, "{\"resultCode\":403}", "application/json");

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
