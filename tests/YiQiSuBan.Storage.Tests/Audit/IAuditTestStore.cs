using YiQiSuBan.TestKit.Audit;
using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.Storage.Tests.Audit;

/// <summary>A fresh store of one dialect for a test, with the dialect's SQL for tampering with it.</summary>
public interface IAuditTestStore : IAsyncDisposable
{
    IHubStore Store { get; }

    /// <summary>Turns off the append-only triggers (what someone with raw database access could do).</summary>
    string DisableAppendOnly { get; }

    /// <summary>Changes the content field of complaint @id inside its stored JSON.</summary>
    string EditComplaintContent { get; }
}
