using YiQiSuBan.Core.Storage;
using YiQiSuBan.TestKit;

namespace YiQiSuBan.Benchmarks;

/// <summary>Holds a <see cref="MemoryHubStore"/> where the benchmark expects a temporary store.</summary>
internal sealed class MemoryTempStore : ITempStore
{
    public IHubStore Store { get; } = new MemoryHubStore();
    public IHubStore OpenNode() => Store;
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
