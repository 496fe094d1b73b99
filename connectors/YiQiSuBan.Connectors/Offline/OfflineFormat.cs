using System.Text.RegularExpressions;
using System.Xml;
using YiQiSuBan.Core.Sources;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// Reads collector batches (CSV in GB18030 or UTF-8 with BOM, or XLSX) row by row: title and blank rows above the
/// header are skipped, the header is found by its Chinese column names, each data row becomes a record or a
/// row-level failure with its row number, and the good rows go on.
/// </summary>
public sealed partial class OfflineFormat : IChannelFormat
{
    /// <summary>Drop-folder names: yyyyMMddTHHmmss-BATCH-CODE.csv, CODE the collector role's pinyin initials (wgy).</summary>
    [GeneratedRegex(@"^\d{8}T\d{6}-[0-9A-Za-z]+-([a-z]{3})\.(?:csv|xlsx)$", RegexOptions.IgnoreCase)]
    private static partial Regex CollectorCodeInName();

    public string Channel => OfflineRowRecord.Channel;

    public IEnumerable<ParseResult> Parse(RawPayload payload)
    {
        var (rows, error) = ReadRows(payload);
        if (rows is null) return [ParseResult.Fail(error!)];
        var columns = BatchColumns.Find(rows);
        if (columns is null)
            return [ParseResult.Fail($"no header row found: no row names at least three of the columns {BatchColumns.ListOfNames}")];
        if (!columns.Has(BatchColumns.Content))
            return [ParseResult.Fail($"the header (row {columns.HeaderRow}) has no {BatchColumns.Content} column, so no row can be read")];
        var code = CollectorCodeInName().Match(payload.Name) is { Success: true } m ? m.Groups[1].Value.ToLowerInvariant() : null;
        return rows.Where(r => r.Number > columns.HeaderRow)
            .Select(r => OfflineRowRecord.From(r, columns, payload, code))
            .OfType<ParseResult>()
            .ToList();
    }

    private static (IReadOnlyList<BatchRow>? Rows, string? Error) ReadRows(RawPayload payload)
    {
        var bytes = payload.Bytes.Span;
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            try
            {
                return (XlsxBatchReader.Read(payload.Bytes), null);
            }
            catch (Exception e) when (e is InvalidDataException or XmlException)
            {
                return (null, $"the file is not a readable XLSX workbook: {e.Message}");
            }
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return (null, "the file is an old Excel .xls workbook; the hub reads .xlsx and CSV (save it as one of those)");
        return (CsvBatchReader.Read(bytes), null);
    }
}
