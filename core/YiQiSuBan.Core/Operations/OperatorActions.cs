using YiQiSuBan.Core.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Core.Operations;

/// <summary>Writes the operator.action audit entry (who = API key or OS user, what, why) of a hand-made change.</summary>
public sealed class OperatorActions(AuditLog log)
{
    public Task RecordAsync(IHubSession session, string subject, string who, string what, string? why, CancellationToken ct, params (string Key, object? Value)[] details) =>
        log.AppendAsync(session, AuditKinds.OperatorAction, subject, AuditBody.Of([("who", who), ("what", what), ("why", why ?? ""), .. details]), ct);
}
