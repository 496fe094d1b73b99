using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.PeopleBoard;

/// <summary>Signed POSTs of the board's list and detail calls; 403 (too fast) is waited out, SN codes fail the call.</summary>
public sealed class PeopleBoardClient(CounterpartCaller caller, IOptions<PeopleBoardOptions> options)
{
    private static readonly string[] AnsweredStates = ["已回复", "已办理"];

    public async Task<(byte[] Bytes, IReadOnlyList<BoardThread> Threads, bool HasMore)> ListAsync(long fid, string lastItem, CancellationToken ct)
    {
        var (bytes, (threads, more)) = await PostAsync(PeopleBoardSignature.ListPath, PeopleBoardSignature.ListParam(fid, lastItem, options.Value.Rows), data =>
        {
            IReadOnlyList<BoardThread> list = data.GetProperty("data").EnumerateArray().Select(ReadThread).ToList();
            return (list, data.TryGetProperty("hasMore", out var h) && h.ValueKind == JsonValueKind.True);
        }, ct);
        return (bytes, threads, more);
    }

    public Task<(byte[] Bytes, BoardThread Thread)> DetailAsync(string tid, CancellationToken ct) =>
        PostAsync(PeopleBoardSignature.DetailPath, PeopleBoardSignature.DetailParam(tid), data =>
        {
            var thread = ReadThread(data.GetProperty("thread"));
            var replied = data.TryGetProperty("contentList", out var list) && list.ValueKind == JsonValueKind.Array
                && list.EnumerateArray().Any(c => c.TryGetProperty("dataType", out var t) && t.ToString() == "4");
            return thread with { Answered = thread.Answered || replied };
        }, ct).ContinueWith(t => (t.Result.Bytes, t.Result.Value), ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

    private async Task<(byte[] Bytes, T Value)> PostAsync<T>(string path, string param, Func<JsonElement, T> read, CancellationToken ct)
    {
        var o = options.Value;
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["appCode"] = o.AppCode!, ["token"] = o.Token, ["signature"] = PeopleBoardSignature.Sign(path, param, o.AppCode!, o.Token), ["param"] = param,
        });
        return await caller.CallAsync(PeopleBoardOptions.Key, o,
            _ => ValueTask.FromResult(new HttpRequestMessage(HttpMethod.Post, new Uri(o.BaseUrl!, path)) { Content = new StringContent(body, Encoding.UTF8, "application/json") }),
            response =>
            {
                using var doc = JsonDocument.Parse(response.Body);
                var code = doc.RootElement.GetProperty("resultCode").ToString();
                if (code != "200")
                    throw new CounterpartException(PeopleBoardOptions.Key, code, doc.RootElement.TryGetProperty("resultMsg", out var m) ? m.ToString() : "", transient: false);
                return (response.Body, read(doc.RootElement.GetProperty("resultData")));
            }, ct,
            classify: r => r.Status == HttpStatusCode.Forbidden
                ? new CounterpartException(PeopleBoardOptions.Key, "403", "too many requests, waiting", transient: true, retryAfter: TimeSpan.FromSeconds(Math.Min(30, o.MaxRetryAfterSeconds)))
                : null);
    }

    private static BoardThread ReadThread(JsonElement t) => new(
        t.GetProperty("tid").ToString(), t.TryGetProperty("fid", out var f) && f.TryGetInt64(out var fid) ? fid : 0,
        t.TryGetProperty("dateline", out var d) && d.TryGetInt64(out var dl) ? dl : 0,
        t.TryGetProperty("stateInfo", out var s) && AnsweredStates.Contains(s.GetString()));

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
