using System.Security.Claims;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.Core.Operations;
using YiQiSuBan.Host.Api;

namespace YiQiSuBan.Host.Ops;

/// <summary>Console page 渠道: connector states, check and run-now (409 with a note while connectors cannot be controlled).</summary>
public static class ChannelOpsEndpoints
{
    public static void Map(RouteGroupBuilder ops)
    {
        ops.MapGet("/channels", async (IConnectorStates states, CancellationToken ct) =>
            HubResults.Json(new { canControl = states.CanControl, note = states.ControlNote, channels = await states.ListAsync(ct) }))
            .WithSummary("Connector state per channel (healthy, failing, drifted, off) with stored counts");
        ops.MapPost("/channels/{channel}/check", (string channel, OperatorReason? reason, IConnectorStates states, ClaimsPrincipal user, OperatorActions actions, IHubStore store, CancellationToken ct) =>
            Control(channel, "connector.check", reason, states.CheckAsync, states, user, actions, store, ct))
            .WithSummary("Probe a channel's source now");
        ops.MapPost("/channels/{channel}/run", (string channel, OperatorReason? reason, IConnectorStates states, ClaimsPrincipal user, OperatorActions actions, IHubStore store, CancellationToken ct) =>
            Control(channel, "connector.run", reason, states.RunNowAsync, states, user, actions, store, ct))
            .WithSummary("Poll a channel now");
    }

    private static async Task<IResult> Control(string channel, string what, OperatorReason? reason, Func<string, CancellationToken, Task<string>> action,
        IConnectorStates states, ClaimsPrincipal user, OperatorActions actions, IHubStore store, CancellationToken ct)
    {
        if (!states.CanControl) return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: states.ControlNote);
        string result;
        try
        {
            result = await action(channel, ct);
        }
        catch (NotSupportedException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: e.Message);
        }
        await using var session = await store.BeginAsync(ct);
        await actions.RecordAsync(session, "channel:" + channel, Operator.Of(user), what, reason?.Why, ct);
        await session.CommitAsync(ct);
        return HubResults.Json(new { channel, result });
    }
}
