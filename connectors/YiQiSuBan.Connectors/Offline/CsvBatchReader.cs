using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using YiQiSuBan.Connectors.Encodings;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>Reads a CSV batch (UTF-8 with BOM, plain UTF-8, else GB18030) into rows numbered by CSV record.</summary>
public static class CsvBatchReader
{
    public static IReadOnlyList<BatchRow> Read(ReadOnlySpan<byte> bytes)
    {
        var (text, _) = PayloadEncodings.DecodeUndeclared(bytes);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            Mode = CsvMode.RFC4180,
        };
        var rows = new List<BatchRow>();
        using var parser = new CsvParser(new StringReader(text), config);
        var number = 0;
        while (parser.Read())
            rows.Add(new BatchRow(++number, parser.Record ?? []));
        return rows;
    }
}
