using YiQiSuBan.Connectors.Offline;
using YiQiSuBan.Core.Pipeline;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Host.Api;

/// <summary>
/// POST /channels/offline/batches (multipart, one or more .csv/.xlsx files): each file goes through the pipeline
/// row by row and the answer reports, per file, the rows taken and each refused row with its number and reason.
/// The same file handed in twice is reported as a duplicate and creates nothing.
/// </summary>
public static class OfflineUploadEndpoint
{
    public const string Route = "/channels/offline/batches";

    public static async Task<IResult> HandleAsync(HttpRequest request, IngestPipeline pipeline, TimeProvider clock, CancellationToken ct)
    {
        if (!request.HasFormContentType) return Results.BadRequest(new { error = "send the batch as multipart/form-data" });
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count == 0) return Results.BadRequest(new { error = "no file in the upload" });
        var reports = new List<object>();
        foreach (var file in form.Files)
        {
            if (!OfflineBatchNames.IsBatch(file.FileName))
            {
                reports.Add(new { file = file.FileName, error = "only .csv and .xlsx batches are taken" });
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var now = clock.GetUtcNow();
            var payload = new RawPayload { Channel = OfflineOptions.Key, Bytes = buffer.ToArray(), ReceivedAt = now, Delivery = "upload", Name = OfflineBatchNames.For(file.FileName, now) };
            var report = await pipeline.IngestAsync(payload, ct);
            reports.Add(new
            {
                file = file.FileName, duplicate = report.DuplicatePayload, rows = report.Records, created = report.Created, updated = report.Updated,
                unchanged = report.Unchanged + report.Stale,
                refused = report.Quarantined.Select(q => new { row = q.Row, stage = q.Stage, reason = q.Reason }),
            });
        }
        return Results.Ok(new { files = reports });
    }
}
