using YiQiSuBan.Core.Storage;

namespace YiQiSuBan.TestKit;

/// <summary>A throw-away real store for one test: its first store, and more nodes on the same data.</summary>
public interface ITempStore : IAsyncDisposable
{
    IHubStore Store { get; }

    /// <summary>Another store on the same data, as a second hub node (or a restarted one) would open it.</summary>
    IHubStore OpenNode();
}
