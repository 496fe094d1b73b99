namespace YiQiSuBan.Connectors.Abstractions;

/// <summary>Finds a channel's options by key (registered by AddChannel), without knowing the options type.</summary>
public sealed record ChannelOptionsAccessor(string Key, Func<IServiceProvider, ChannelOptions> Read);
