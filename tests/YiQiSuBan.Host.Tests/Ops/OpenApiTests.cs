using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>/openapi/v1.json parses, every path has operations with responses, and every mapped endpoint is in it.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private OpsHub _hub = null!;

    public async Task InitializeAsync() => _hub = await OpsHub.StartAsync(kestrel: false);

    public Task DisposeAsync() => _hub.DisposeAsync().AsTask();

    [Fact]
    public async Task Document_is_valid_and_covers_every_mapped_endpoint()
    {
        using var doc = JsonDocument.Parse(await _hub.Client().GetStringAsync("/openapi/v1.json"));
        var root = doc.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("X-Api-Key", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        var documented = new HashSet<(string, string)>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var operations = path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)).ToList();
            Assert.NotEmpty(operations);
            foreach (var op in operations)
            {
                Assert.NotEmpty(op.Value.GetProperty("responses").EnumerateObject());
                documented.Add((op.Name.ToUpperInvariant(), Normalize(path.Name)));
            }
        }

        var excluded = new List<string>();
        foreach (var endpoint in _hub.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.Trim('/');
            if (endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true) { excluded.Add(route); continue; }
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                Assert.Contains((method, Normalize(route)), documented);
        }
        // only the console's static files, the document itself and the Prometheus scrape are left out
        Assert.All(excluded, r => Assert.True(r.StartsWith("/ops", StringComparison.Ordinal) || r.StartsWith("/openapi", StringComparison.Ordinal) || r == "/metrics", r));
        Assert.Contains(documented, d => d.Item2 == "/api/v1/ops/quarantine/redrive");
        Assert.Contains(documented, d => d.Item2 == "/api/v1/feed");
    }

    /// <summary>Route parameters without constraints: /x/{id:long} → /x/{id}.</summary>
    private static string Normalize(string route) => System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:=?]+)[^}]*\}", "{$1}");
}
