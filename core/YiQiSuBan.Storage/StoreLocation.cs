namespace YiQiSuBan.Storage;

/// <summary>
/// The `--store` / `Store` setting: <c>sqlite:PATH</c> (default <c>sqlite:./data/hub.db</c>) or <c>postgres:CONNSTRING</c>.
/// </summary>
public sealed record StoreLocation(string Kind, string Target)
{
    public const string Default = "sqlite:./data/hub.db";

    public static StoreLocation Parse(string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? Default : text.Trim();
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? value[..colon].ToLowerInvariant() : "";
        var target = colon > 0 ? value[(colon + 1)..] : "";
        if (kind is not ("sqlite" or "postgres") || target.Length == 0)
            throw new FormatException($"Store must be sqlite:PATH or postgres:CONNSTRING (got '{(kind.Length > 0 ? kind + ":…" : "?")}').");
        return new StoreLocation(kind, target);
    }

    /// <summary>The store itself; the caller migrates it.</summary>
    public Core.Storage.IHubStore Open() => Kind == "sqlite" ? new Sqlite.SqliteHubStore(Target) : new Postgres.PostgresHubStore(Target);
}
