using System.Text.Json;
using YiQiSuBan.Core.Calendar;
using YiQiSuBan.Core.Json;

namespace YiQiSuBan.Core.Mapping;

/// <summary>
/// Everything an operator can edit without a rebuild, loaded from the mappings folder:
/// CHANNEL.json mappings, codes/*.json tables, codes/townships.json and calendar/*.json.
/// </summary>
public sealed class MappingCatalog
{
    private readonly Dictionary<string, ChannelMapping> _mappings;
    private readonly Dictionary<string, CodeTable> _tables;

    public MappingCatalog(IEnumerable<ChannelMapping> mappings, IEnumerable<CodeTable> tables, TownshipResolver townships, WorkingCalendar calendar)
    {
        _mappings = mappings.ToDictionary(m => m.Channel);
        _tables = tables.ToDictionary(t => t.Name);
        Townships = townships;
        Calendar = calendar;
    }

    public TownshipResolver Townships { get; }
    public WorkingCalendar Calendar { get; }
    public IReadOnlyCollection<string> Channels => _mappings.Keys;

    public ChannelMapping Mapping(string channel) =>
        _mappings.TryGetValue(channel, out var m) ? m : throw new MappingException($"there is no mapping file mappings/{channel}.json");

    public bool HasMapping(string channel) => _mappings.ContainsKey(channel);

    public bool HasTable(string name) => _tables.ContainsKey(name);

    public CodeTable Table(string name) =>
        _tables.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException($"No code table '{name}' in mappings/codes.");

    /// <summary>Loads a mappings folder; a broken file fails with its path and the parser's message.</summary>
    public static MappingCatalog Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"Mappings folder not found: {folder}");
        var mappings = Directory.EnumerateFiles(folder, "*.json").Order().Select(Read<ChannelMapping>);
        var codes = Path.Combine(folder, "codes");
        var tables = Directory.EnumerateFiles(codes, "*.json").Order()
            .Where(f => Path.GetFileName(f) != "townships.json")
            .Select(f => new CodeTable(Path.GetFileNameWithoutExtension(f), Read<Dictionary<string, string>>(f)));
        var townships = new TownshipResolver(Read<List<Township>>(Path.Combine(codes, "townships.json")));
        var calendarFolder = Path.Combine(folder, "calendar");
        var years = Directory.Exists(calendarFolder)
            ? Directory.EnumerateFiles(calendarFolder, "*.json").Select(Read<CalendarYear>).ToList()
            : [];
        var calendar = new WorkingCalendar(years.SelectMany(y => CalendarYear.Expand(y.Off)), years.SelectMany(y => CalendarYear.Expand(y.Work)));
        return new MappingCatalog(mappings.ToList(), tables.ToList(), townships, calendar);
    }

    /// <summary>The mappings folder beside the running program, or found upward from the current directory.</summary>
    public static string DefaultFolder()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "mappings");
                if (File.Exists(Path.Combine(candidate, "codes", "townships.json"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("No mappings folder (with codes/townships.json) beside the program or above the current directory.");
    }

    private static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, HubJson.Files) ?? throw new InvalidDataException("empty document");
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            throw new InvalidDataException($"Mapping file {path} cannot be read: {e.Message}", e);
        }
    }
}
