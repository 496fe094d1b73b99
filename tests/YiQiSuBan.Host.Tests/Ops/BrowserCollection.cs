namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>Browser tests run on their own, one at a time (a headless Chromium plus a hub on a real port).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<ConsoleBrowser>
{
    public const string Name = "Browser";
}
