using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using YiQiSuBan.Connectors.CityHub;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// Plays the city data middle-store: OAuth2 client-credentials tokens (which can be killed early), the cursor-paged
/// backfill of appeals with bearer check (401 for a dead token), and signed Standard Webhooks sent to the hub.
/// </summary>
public sealed class CityHubSimulator : SimulatorServer
{
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _appeals = [];
    private readonly HashSet<string> _tokens = [];
    private int _issued;

    public CityHubSimulator(string clientId, string clientSecret, int? port = null) : base(port)
    {
        ClientId = clientId;
        ClientSecret = clientSecret;
        Server.Given(Request.Create().WithPath("/oauth/token").UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        Server.Given(Request.Create().WithPath(CityHubClient.Path).UsingGet()).RespondWith(Response.Create().WithCallback(r => Serve(r, Page)));
    }

    public string ClientId { get; }
    public string ClientSecret { get; }

    /// <summary>Tokens issued so far.</summary>
    public int TokensIssued => _issued;

    public void Add(IEnumerable<JsonObject> appeals)
    {
        lock (_lock) _appeals.AddRange(appeals);
    }

    /// <summary>Loads appeal data objects from a JSON array file (fixtures/city-hub/appeals.json).</summary>
    public void Load(string file) => Add(JsonNode.Parse(File.ReadAllText(file))!.AsArray().Select(n => n!.AsObject().DeepClone().AsObject()));

    /// <summary>Every token dies now (the next pull gets 401).</summary>
    public void ExpireTokens()
    {
        lock (_lock) _tokens.Clear();
    }

    public IReadOnlyList<string> Keys()
    {
        lock (_lock) return _appeals.Select(a => (string)a["appealId"]!).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Synthetic appeals for large runs.</summary>
    public static IEnumerable<JsonObject> Generate(int count, DateTimeOffset start) =>
        Enumerable.Range(0, count).Select(i => new JsonObject
        {
            ["appealId"] = $"ZJJ-{start:yyyy-MMdd}-{i:000000}", ["originChannel"] = "枣解决·枣满意", ["originId"] = $"SIM-{i}",
            ["title"] = $"模拟诉求{i}", ["content"] = "模拟诉求内容。", ["appealType"] = "投诉",
            ["submitTime"] = start.AddMinutes(i).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["contact"] = new JsonObject { ["name"] = "李某", ["phone"] = "13806325678" },
            ["location"] = new JsonObject { ["districtCode"] = "370404", ["streetCode"] = "370404001", ["address"] = "坛山街道" },
            ["category"] = new JsonObject { ["code"] = "QY-05", ["name"] = "涉企服务/政策兑现" },
            ["status"] = "ASSIGNED", ["attachments"] = new JsonArray(),
        });

    /// <summary>Signs <paramref name="body"/> as a Standard Webhook (secret whsec_…); returns the headers to send.</summary>
    public static IReadOnlyDictionary<string, string> WebhookHeaders(string secret, string id, DateTimeOffset at, byte[] body, params string[] extraSignatures)
    {
        StandardWebhookSignature.TryReadSecret(secret, out var key);
        var ts = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var sig = string.Join(' ', extraSignatures.Append(StandardWebhookSignature.Sign(key, id, ts, body)));
        return new Dictionary<string, string> { [StandardWebhookSignature.IdHeader] = id, [StandardWebhookSignature.TimestampHeader] = ts, [StandardWebhookSignature.SignatureHeader] = sig };
    }

    /// <summary>The webhook body of an appeal event.</summary>
    public static byte[] WebhookBody(string type, JsonObject data, DateTimeOffset at) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["type"] = type, ["timestamp"] = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), ["data"] = data.DeepClone() }.ToJsonString(Json));

    private ResponseMessage Token(IRequestMessage request)
    {
        var form = System.Web.HttpUtility.ParseQueryString(request.Body ?? "");
        if (form["grant_type"] != "client_credentials" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret)
            return Text(401, "{\"error\":\"invalid_client\"}", "application/json");
        var token = "tok-" + Interlocked.Increment(ref _issued).ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        lock (_lock) _tokens.Add(token);
        return Text(200, $"{{\"access_token\":\"{token}\",\"token_type\":\"Bearer\",\"expires_in\":7200}}", "application/json");
    }

    private ResponseMessage Page(IRequestMessage request)
    {
        var bearer = Header(request, "Authorization") is { } a && a.StartsWith("Bearer ", StringComparison.Ordinal) ? a[7..] : null;
        lock (_lock)
            if (bearer is null || !_tokens.Contains(bearer)) return Text(401, "{\"error\":\"invalid_token\"}", "application/json");
        var query = System.Web.HttpUtility.ParseQueryString((request.RawQuery ?? "").TrimStart('?'));
        var offset = string.IsNullOrEmpty(query["cursor"]) ? 0 : int.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(query["cursor"]!)), CultureInfo.InvariantCulture);
        var limit = int.TryParse(query["limit"], out var l) ? Math.Clamp(l, 1, 200) : 200;
        List<JsonObject> page;
        int total;
        lock (_lock)
        {
            total = _appeals.Count;
            page = _appeals.Skip(offset).Take(limit).ToList();
        }
        var next = offset + page.Count;
        var body = new JsonObject
        {
            ["items"] = new JsonArray(page.Select(p => (JsonNode)p.DeepClone()).ToArray()),
            ["nextCursor"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(next.ToString(CultureInfo.InvariantCulture))),
            ["hasMore"] = next < total,
        };
        return Text(200, body.ToJsonString(Json), "application/json");
    }

    protected override ResponseMessage BusinessError(string code) => Text(200, $"{{\"code\":{code},\"message\":\"simulated\"}}", "application/json");

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
