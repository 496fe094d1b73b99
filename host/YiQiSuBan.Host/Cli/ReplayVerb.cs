using System.Text.Json;
using YiQiSuBan.Core.Json;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Replay;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Host.Cli;

/// <summary><c>replay PATH [--channel KEY] [--out FILE] [--store …]</c>: recorded payloads through the pipeline, feed events out.</summary>
public sealed class ReplayVerb : ICliVerb
{
    public string Name => "replay";
    public string Usage => "replay <path> [--channel KEY] [--out FILE] [--store sqlite:PATH|postgres:CONNSTRING]";

    public async Task<int> RunAsync(CliArgs args, CliContext context, CancellationToken ct)
    {
        var path = args.Positional(0, "<path>");
        var store = args.Option("store");
        string? tempFolder = null;
        if (store is null)
        {
            tempFolder = Path.Combine(Path.GetTempPath(), "yiqisuban-replay-" + Guid.NewGuid().ToString("N"));
            store = "sqlite:" + Path.Combine(tempFolder, "hub.db");
        }
        try
        {
            await using var services = await context.ServicesAsync(store, ct);
            var formats = services.GetRequiredService<FormatRegistry>();
            var entries = RecordedPayloads.Find(path, args.Option("channel"), formats.Channels);
            var outPath = args.Option("out");
            await using var output = outPath is null ? null : new StreamWriter(outPath, append: false);
            var writer = output ?? context.Out;
            var progress = new ProgressBar(context.Error);
            var summary = await services.GetRequiredService<ReplayRunner>().RunAsync(entries, report => Write(writer, report), progress, ct);
            progress.Done();
            await writer.FlushAsync(ct);
            foreach (var (channel, c) in summary.Channels.OrderBy(c => c.Key, StringComparer.Ordinal))
                await context.Error.WriteLineAsync($"{channel}: {c.Records} records, {c.Created} created, {c.Updated} updated, {c.Unchanged} unchanged, {c.Quarantined} quarantined");
            await context.Error.WriteLineAsync($"{entries.Count} payloads ({summary.DuplicatePayloads} seen before), {summary.TotalRecords} records");
            return 0;
        }
        finally
        {
            if (tempFolder is not null)
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { Directory.Delete(tempFolder, recursive: true); } catch (IOException) { }
            }
        }
    }

    private static void Write(TextWriter writer, IngestReport report)
    {
        foreach (var e in report.Events) writer.WriteLine(HubJson.Serialize(e));
        foreach (var q in report.Quarantined)
        {
            var line = new Dictionary<string, object?> { ["type"] = "record.quarantined", ["channel"] = q.Channel, ["file"] = q.File, ["stage"] = q.Stage, ["reason"] = q.Reason };
            if (q.Row is { } row) line["row"] = row;
            if (q.SourceId is { } id) line["sourceId"] = id;
            writer.WriteLine(JsonSerializer.Serialize(line, HubJson.Options));
        }
    }
}
