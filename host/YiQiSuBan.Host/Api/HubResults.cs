using YiQiSuBan.Core.Json;

namespace YiQiSuBan.Host.Api;

/// <summary>JSON answers in the hub's one JSON dialect.</summary>
public static class HubResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, HubJson.Options, statusCode: status);
}
