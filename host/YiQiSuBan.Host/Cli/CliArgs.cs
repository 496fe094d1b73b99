namespace YiQiSuBan.Host.Cli;

/// <summary>Command-line words: positionals and <c>--name value</c> / <c>--flag</c> options.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArgs(IEnumerable<string> words)
    {
        var list = words.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var w = list[i];
            if (w.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = w.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0) _options[w[2..eq]] = w[(eq + 1)..];
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[w[2..]] = list[++i];
                else _options[w[2..]] = null;
            }
            else
            {
                Positionals.Add(w);
            }
        }
    }

    public List<string> Positionals { get; } = [];

    public string? Option(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public bool Flag(string name) => _options.ContainsKey(name);

    public string Positional(int index, string what) =>
        index < Positionals.Count ? Positionals[index] : throw new UsageException($"missing {what}");
}

/// <summary>Wrong use of a verb: printed with the usage, exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
