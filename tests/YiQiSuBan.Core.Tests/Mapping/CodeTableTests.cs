using YiQiSuBan.Core.Mapping;

namespace YiQiSuBan.Core.Tests.Mapping;

/// <summary>Code table lookups: listed keys case-insensitively, the "*" fallback only when asked for.</summary>
public sealed class CodeTableTests
{
    private static readonly CodeTable Table = new("t", new Dictionary<string, string> { ["NEW"] = "new", ["*"] = "other" });

    [Fact]
    public void Lookup_uses_listed_keys_then_the_fallback()
    {
        Assert.Equal("new", Table.Lookup(" new "));
        Assert.Equal("other", Table.Lookup("unknown"));
    }

    [Fact]
    public void Exact_lookup_ignores_the_fallback()
    {
        Assert.Null(Table.LookupExact("unknown"));
        Assert.Equal("new", Table.LookupExact("NEW"));
        Assert.Equal("other", Table.Fallback);
    }
}
