using YiQiSuBan.Core.Normalization;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// Turns one batch row into a source record with the header's column names as field names, or into a row-level
/// failure (no complaint text, an unreadable 采集时间). Blank rows and a repeated header give nothing.
/// </summary>
public static class OfflineRowRecord
{
    public const string Channel = "offline";

    /// <summary>Source field with the collector code of the batch's file name (…-wgy.csv), used when no column says the role.</summary>
    public const string FileCollectorCode = "batch.collectorCode";

    public static ParseResult? From(BatchRow row, BatchColumns columns, RawPayload payload, string? fileCollectorCode)
    {
        if (row.IsBlank || columns.IsHeaderAgain(row)) return null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, index) in columns.Index)
        {
            var value = row.Cell(index).Trim();
            fields[name] = value.Length == 0 ? null : value;
        }
        if (ExcelNumberText.LostDigits(fields.GetValueOrDefault(BatchColumns.Phone)))
            fields[BatchColumns.Phone] = null; // 1.38063E+10: Excel dropped the digits; no number is better than a wrong one
        if (fileCollectorCode is not null) fields[FileCollectorCode] = fileCollectorCode;

        var content = fields.GetValueOrDefault(BatchColumns.Content);
        if (string.IsNullOrWhiteSpace(TextCleaner.Clean(content)))
            return ParseResult.Fail($"row {row.Number}: {BatchColumns.Content} (the complaint text) is empty", row.Number);
        var collectedAt = fields.GetValueOrDefault(BatchColumns.CollectedAt);
        var collected = TimeParser.Parse(collectedAt);
        if (collectedAt is not null && collected is null)
            return ParseResult.Fail($"row {row.Number}: {BatchColumns.CollectedAt} '{collectedAt}' is not a date the hub reads", row.Number);

        return ParseResult.Ok(new SourceRecord
        {
            Channel = Channel,
            SourceId = RowIdentity.For(content!, fields.GetValueOrDefault(BatchColumns.Collector)),
            // the row's own time orders it among other channels' records; a batch without one counts from its hand-in
            OccurredAt = collected ?? payload.ReceivedAt,
            EventType = "batch",
            Row = row.Number,
            Fields = fields,
        });
    }
}
