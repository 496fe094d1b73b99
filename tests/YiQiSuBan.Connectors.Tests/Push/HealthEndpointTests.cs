using System.Net;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Connectors.Abstractions;

namespace YiQiSuBan.Connectors.Tests.Push;

/// <summary>GET /health turns unhealthy (503) when an enabled connector keeps failing or drifts.</summary>
public sealed class HealthEndpointTests
{
    [Theory]
    [InlineData("drifted")]
    [InlineData("failing")]
    public async Task Health_is_503_when_a_connector_is_not_healthy(string health)
    {
        await using var app = new HubApp();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        await app.Services.GetRequiredService<ConnectorStateStore>().RecordRunAsync("hotline12345", false, "layout changed", 3, health, default);
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(health, await response.Content.ReadAsStringAsync());
    }
}
