using System.Globalization;
using System.Text.RegularExpressions;
using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Core.Replay;

/// <summary>
/// Finds recorded payloads on disk: a folder of &lt;channel-key&gt;/… subfolders (a channel's samples/ folder when it
/// has one), or one file for a named channel. Documentation and manifests beside the payloads are skipped.
/// </summary>
public static partial class RecordedPayloads
{
    [GeneratedRegex(@"^(\d{8}T\d{6})")]
    private static partial Regex Stamp();

    public sealed record Entry(string Channel, string Path, string Name, DateTimeOffset ReceivedAt);

    public static IReadOnlyList<Entry> Find(string path, string? channel, IReadOnlyCollection<string> knownChannels)
    {
        if (File.Exists(path))
        {
            if (channel is null) throw new ArgumentException("A single file needs --channel KEY.");
            return [ToEntry(channel, path)];
        }
        if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"No such file or folder: {path}");
        var channels = channel is not null ? [channel] : knownChannels.Where(k => Directory.Exists(System.IO.Path.Combine(path, k)));
        var entries = new List<Entry>();
        foreach (var key in channels)
        {
            var root = System.IO.Path.Combine(path, key);
            if (!Directory.Exists(root) && channel is not null) root = path;
            var samples = System.IO.Path.Combine(root, "samples");
            var folder = Directory.Exists(samples) ? samples : root;
            entries.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(IsPayload).Select(f => ToEntry(key, f)));
        }
        return entries.OrderBy(e => e.ReceivedAt).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    public static RawPayload Load(Entry entry) => new()
    {
        Channel = entry.Channel,
        Name = entry.Name,
        Bytes = File.ReadAllBytes(entry.Path),
        ReceivedAt = entry.ReceivedAt,
        Delivery = "replay",
    };

    private static bool IsPayload(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        return !name.StartsWith('.') && !name.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !name.EndsWith(".manifest.jsonl", StringComparison.OrdinalIgnoreCase);
    }

    private static Entry ToEntry(string channel, string file)
    {
        var name = System.IO.Path.GetFileName(file);
        var m = Stamp().Match(name);
        var at = m.Success && DateTime.TryParseExact(m.Groups[1].Value, "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, TimeParser.ChinaOffset)
            : new DateTimeOffset(File.GetLastWriteTimeUtc(file)).ToOffset(TimeParser.ChinaOffset);
        return new Entry(channel, file, name, at);
    }
}
