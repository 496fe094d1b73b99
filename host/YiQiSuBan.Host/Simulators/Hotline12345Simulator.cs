using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YiQiSuBan.Connectors.Hotline12345;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// Plays the city's 12345 hand-off interface: signed GET of work-order pages (inclusive updatedAfter, sorted by
/// updateTime then orderNo, current version of each order), signature and nonce checks answered with 4001.
/// </summary>
public sealed class Hotline12345Simulator : SimulatorServer
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, JsonObject> _orders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nonces = [];

    public Hotline12345Simulator(string appKey, string appSecret, int? port = null) : base(port)
    {
        AppKey = appKey;
        AppSecret = appSecret;
        Server.Given(Request.Create().WithPath(Hotline12345Client.Path).UsingGet())
            .RespondWith(Response.Create().WithCallback(r => Serve(r, Page)));
    }

    public string AppKey { get; }
    public string AppSecret { get; }

    /// <summary>Adds or replaces orders (by orderNo: the later version wins).</summary>
    public void Upsert(IEnumerable<JsonObject> orders)
    {
        lock (_lock)
            foreach (var o in orders) _orders[(string)o["orderNo"]!] = o;
    }

    /// <summary>Loads orders from a JSON array file (fixtures/hotline12345/orders.json).</summary>
    public void Load(string file) => Upsert(JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(n => n!.AsObject().DeepClone().AsObject()));

    /// <summary>Makes <paramref name="count"/> synthetic orders, <paramref name="perSecond"/> sharing each updateTime.</summary>
    public static IEnumerable<JsonObject> Generate(int count, DateTime start, int perSecond, int version = 1) =>
        Enumerable.Range(0, count).Select(i => new JsonObject
        {
            ["orderNo"] = $"ZZ12345-{start:yyyyMMdd}-{i:000000}", ["version"] = version,
            ["title"] = $"模拟工单{i}", ["content"] = "来电人反映：模拟内容。", ["appealType"] = "投诉", ["sourceChannel"] = "电话",
            ["urgency"] = "一般", ["callTime"] = start.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["callerName"] = "王某", ["callerPhone"] = "13806320000", ["isSecret"] = "0", ["areaCode"] = "370404103", ["areaName"] = "榴园镇",
            ["address"] = "峄城区榴园镇", ["questionCode"] = "0703", ["questionName"] = "供电/用电报装",
            ["dispatchTime"] = start.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["deadline"] = start.AddDays(7).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), ["orderState"] = "待签收",
            ["updateTime"] = start.AddSeconds(i / perSecond + (version - 1) * 3600).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ["attachments"] = new JsonArray(),
        });

    /// <summary>Every (orderNo@version) the simulator holds now.</summary>
    public IReadOnlyList<string> Keys()
    {
        lock (_lock) return _orders.Values.Select(o => Hotline12345Order.SeenKey((string)o["orderNo"]!, long.Parse(o["version"]!.ToJsonString(), CultureInfo.InvariantCulture))).Order(StringComparer.Ordinal).ToList();
    }

    private ResponseMessage Page(IRequestMessage request)
    {
        var rawQuery = (request.RawQuery ?? "").TrimStart('?');
        var pathAndQuery = request.Path + (rawQuery.Length > 0 ? "?" + rawQuery : "");
        var (ts, nonce, sign) = (Header(request, Hotline12345Signature.TimestampHeader) ?? "", Header(request, Hotline12345Signature.NonceHeader) ?? "", Header(request, Hotline12345Signature.SignHeader));
        if (Header(request, Hotline12345Signature.AppKeyHeader) != AppKey) return BusinessError("4003");
        if (!Hotline12345Signature.Verify(AppKey, AppSecret, ts, nonce, "GET", pathAndQuery, [], sign)) return BusinessError("4001");
        lock (_lock)
            if (!_nonces.Add(nonce)) return BusinessError("4001");
        var query = System.Web.HttpUtility.ParseQueryString(rawQuery);
        var after = query["updatedAfter"] ?? "";
        var pageNo = int.TryParse(query["pageNo"], out var p) ? p : 1;
        var pageSize = int.TryParse(query["pageSize"], out var s) ? s : 100;
        List<JsonObject> matching;
        lock (_lock)
            matching = _orders.Values.Where(o => string.CompareOrdinal((string)o["updateTime"]!, after) >= 0)
                .OrderBy(o => (string)o["updateTime"]!, StringComparer.Ordinal).ThenBy(o => (string)o["orderNo"]!, StringComparer.Ordinal).ToList();
        var list = new JsonArray(matching.Skip((pageNo - 1) * pageSize).Take(pageSize).Select(o => (JsonNode)o.DeepClone()).ToArray());
        var body = new JsonObject
        {
            ["code"] = "0000", ["message"] = "成功",
            ["data"] = new JsonObject { ["total"] = matching.Count, ["pageNo"] = pageNo, ["pageSize"] = pageSize, ["list"] = list },
        };
        return Text(200, body.ToJsonString(Json), "application/json");
    }

    protected override ResponseMessage BusinessError(string code) =>
        Text(200, new JsonObject { ["code"] = code, ["message"] = "模拟错误", ["data"] = null }.ToJsonString(Json), "application/json");

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
