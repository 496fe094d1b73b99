using System.Reflection;

namespace YiQiSuBan.Host.Ops;

/// <summary>
/// The console's static files (Ops/wwwroot, embedded in the assembly as ops/&lt;file&gt;): /ops is the console,
/// /ops/api the API documentation page. The files hold no data; every JSON call needs an ops API key.
/// </summary>
public static class OpsAssets
{
    private static readonly Assembly Assembly = typeof(OpsAssets).Assembly;
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".svg"] = "image/svg+xml",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/ops", () => File("index.html")).ExcludeFromDescription();
        app.MapGet("/ops/api", () => File("api.html")).ExcludeFromDescription();
        app.MapGet("/ops/{file:regex(^[a-z0-9-]+\\.(html|css|js|svg)$)}", (string file) => File(file)).ExcludeFromDescription();
    }

    private static IResult File(string name)
    {
        var stream = Assembly.GetManifestResourceStream("ops/" + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, Types[Path.GetExtension(name)]);
    }
}
