namespace YiQiSuBan.TestKit;

/// <summary>Where the repository, its fixtures and mappings, and the shared channel material are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");
    public static string Mappings => Path.Combine(Root, "mappings");

    /// <summary>../shared/channels beside the checkout (read-only; never copied into the project).</summary>
    public static string SharedChannels => Path.GetFullPath(Path.Combine(Root, "..", "shared", "channels"));

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "YiQiSuBan.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("YiQiSuBan.sln not found above the test binaries");
    }
}
