using System.Text;
using Hangfire;
using Hangfire.Dashboard;
using Hangfire.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using YiQiSuBan.Host.Jobs;

namespace YiQiSuBan.Host.Tests.Access;

/// <summary>Who gets into the Hangfire dashboard (/hangfire): basic auth or the dashboard API key, nobody by default.</summary>
public sealed class DashboardAuthorizationTests
{
    private static (bool Allowed, HttpContext Http) Ask(DashboardAuthorization filter, string? authorization = null, string? apiKey = null)
    {
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        if (authorization is not null) http.Request.Headers.Authorization = authorization;
        if (apiKey is not null) http.Request.Headers["X-Api-Key"] = apiKey;
        var allowed = filter.Authorize(new AspNetCoreDashboardContext(new UntouchedStorage(), new DashboardOptions(), http));
        return (allowed, http);
    }

    /// <summary>
    /// The job storage a dashboard context needs and the filter never touches. A real one (in-memory) starts a dispatcher
    /// thread per call; in one loaded full run all seven tests here failed together, the message not kept, and nothing of
    /// the storage is under test.
    /// </summary>
    private sealed class UntouchedStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new NotSupportedException("the authorization filter reads no jobs");

        public override IStorageConnection GetConnection() => throw new NotSupportedException("the authorization filter reads no jobs");
    }

    private static string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    [Fact]
    public void Basic_auth_with_the_configured_user_and_password_gets_in()
    {
        Assert.True(Ask(new DashboardAuthorization("ops", "s3cret-pw", null), Basic("ops", "s3cret-pw")).Allowed);
    }

    [Theory]
    [InlineData("ops", "wrong")]
    [InlineData("admin", "s3cret-pw")]
    [InlineData("ops", "")]
    public void Wrong_basic_credentials_are_refused_with_a_challenge(string user, string password)
    {
        var (allowed, http) = Ask(new DashboardAuthorization("ops", "s3cret-pw", null), Basic(user, password));
        Assert.False(allowed);
        Assert.Equal(StatusCodes.Status401Unauthorized, http.Response.StatusCode);
        Assert.Equal("Basic realm=\"hangfire\"", http.Response.Headers.WWWAuthenticate.ToString());
    }

    [Fact]
    public void A_malformed_authorization_header_is_refused_not_an_error()
    {
        Assert.False(Ask(new DashboardAuthorization("ops", "s3cret-pw", null), "Basic not-base64!!").Allowed);
    }

    [Fact]
    public void The_dashboard_api_key_gets_in_and_another_does_not()
    {
        var filter = new DashboardAuthorization(null, null, "dash-key-1");
        Assert.True(Ask(filter, apiKey: "dash-key-1").Allowed);
        Assert.False(Ask(filter, apiKey: "dash-key-2").Allowed);
    }

    [Fact]
    public void With_nothing_configured_the_dashboard_stays_closed()
    {
        var filter = new DashboardAuthorization(null, null, null);
        Assert.False(Ask(filter).Allowed);
        Assert.False(Ask(filter, Basic("", ""), "").Allowed);
    }
}
