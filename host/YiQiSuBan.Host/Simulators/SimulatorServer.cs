using System.Collections.Concurrent;
using System.Text;
using WireMock;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace YiQiSuBan.Host.Simulators;

/// <summary>
/// A WireMock.Net server playing one counterpart: subclasses map its paths to callbacks; faults queued with
/// <see cref="Fail"/> replace the next answers of the data endpoints.
/// </summary>
public abstract class SimulatorServer : IDisposable
{
    private readonly ConcurrentQueue<SimulatedFault> _faults = new();
    private int _requests;

    protected SimulatorServer(int? port = null)
    {
        Server = WireMockServer.Start(port);
    }

    public WireMockServer Server { get; }

    public Uri BaseUrl => new(Server.Url!);

    /// <summary>Requests the data endpoints answered so far.</summary>
    public int Requests => _requests;

    /// <summary>Plays <paramref name="faults"/>, one per request, before answering normally again.</summary>
    public void Fail(params SimulatedFault[] faults)
    {
        foreach (var f in faults) _faults.Enqueue(f);
    }

    /// <summary>Answers the next fault if one is queued, else calls <paramref name="answer"/>.</summary>
    protected ResponseMessage Serve(IRequestMessage request, Func<IRequestMessage, ResponseMessage> answer)
    {
        Interlocked.Increment(ref _requests);
        if (!_faults.TryDequeue(out var fault)) return answer(request);
        if (fault.Delay is { } delay) Thread.Sleep(delay);
        if (fault.Status is { } status)
        {
            var response = Text(status, "{\"error\":\"simulated\"}", "application/json");
            if (fault.RetryAfterSeconds is { } after) response.AddHeader("Retry-After", after.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return response;
        }
        if (fault.BusinessCode is { } code) return BusinessError(code);
        var normal = answer(request);
        if (fault.Truncated && normal.BodyData?.BodyAsBytes is { Length: > 2 } bytes)
            normal.BodyData = new BodyData { BodyAsBytes = bytes[..(bytes.Length / 2)], DetectedBodyType = BodyType.Bytes };
        return normal;
    }

    /// <summary>The channel's HTTP-200 business error envelope.</summary>
    protected abstract ResponseMessage BusinessError(string code);

    protected static ResponseMessage Bytes(int status, byte[] body, string contentType)
    {
        var response = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes } };
        response.AddHeader("Content-Type", contentType);
        return response;
    }

    protected static ResponseMessage Text(int status, string body, string contentType) => Bytes(status, Encoding.UTF8.GetBytes(body), contentType + "; charset=utf-8");

    protected static string? Header(IRequestMessage request, string name) =>
        request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
