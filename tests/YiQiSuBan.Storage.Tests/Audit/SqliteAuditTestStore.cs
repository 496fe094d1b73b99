using YiQiSuBan.TestKit.Audit;
using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>A temporary SQLite store for audit tests.</summary>
public sealed class SqliteAuditTestStore(TempSqlite temp) : IAuditTestStore
{
    public IHubStore Store => temp.Store;
    public string DisableAppendOnly => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";
    public string EditComplaintContent => "UPDATE complaint_history SET complaint = json_set(complaint, '$.content', 'tampered') WHERE id = (SELECT version_id FROM complaints WHERE id = @id)";

    public static async Task<IAuditTestStore> CreateAsync() => new SqliteAuditTestStore(await TempSqlite.CreateAsync());

    public ValueTask DisposeAsync() => temp.DisposeAsync();
}
