namespace YiQiSuBan.Core.Sources;

/// <summary>The channel formats known to this hub, by channel key.</summary>
public sealed class FormatRegistry(IEnumerable<IChannelFormat> formats)
{
    private readonly Dictionary<string, IChannelFormat> _formats = formats.ToDictionary(f => f.Channel);

    public IReadOnlyCollection<string> Channels => _formats.Keys;

    public bool TryGet(string channel, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IChannelFormat? format) =>
        _formats.TryGetValue(channel, out format);
}
