using System.IO.Compression;
using System.Xml;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// Reads the first worksheet of an XLSX batch into rows numbered by sheet row. Merged cells fill every cell of
/// their range with the top-left value; numbers are written out in full; dates stay Excel serial numbers.
/// </summary>
public static class XlsxBatchReader
{
    public static IReadOnlyList<BatchRow> Read(ReadOnlyMemory<byte> bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
        var package = new XlsxPackage(zip);
        var shared = package.SharedStrings();
        var sheetPath = package.FirstSheetPath();
        using var sheet = package.Open(sheetPath) ?? throw new InvalidDataException($"the workbook has no worksheet part {sheetPath}");
        var cells = new SortedDictionary<int, SortedDictionary<int, string>>();
        var merges = new List<string>();
        ReadSheet(sheet, shared, cells, merges);
        FillMerges(cells, merges);
        return ToRows(cells);
    }

    private static void ReadSheet(XmlReader r, IReadOnlyList<string> shared, SortedDictionary<int, SortedDictionary<int, string>> cells, List<string> merges)
    {
        var row = 0;
        var column = -1;
        string? type = null;
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType != XmlNodeType.Element) { r.Read(); continue; }
            switch (r.LocalName)
            {
                case "row":
                    row = int.TryParse(r.GetAttribute("r"), out var n) ? n : row + 1;
                    column = -1;
                    break;
                case "c":
                    var at = XlsxCellReference.Parse(r.GetAttribute("r"));
                    column = at?.Column ?? column + 1;
                    if (at is not null) row = at.Value.Row;
                    type = r.GetAttribute("t");
                    break;
                case "v" when !r.IsEmptyElement:
                    Put(cells, row, column, CellText(type, r.ReadElementContentAsString(), shared));
                    continue;
                case "is" when !r.IsEmptyElement:
                    Put(cells, row, column, InlineText(r));
                    continue;
                case "mergeCell":
                    if (r.GetAttribute("ref") is { } range) merges.Add(range);
                    break;
            }
            r.Read();
        }
    }

    private static string InlineText(XmlReader r)
    {
        using var inline = r.ReadSubtree();
        var text = new System.Text.StringBuilder();
        while (inline.Read())
            if (inline.NodeType == XmlNodeType.Element && inline.LocalName == "t" && !inline.IsEmptyElement)
                text.Append(inline.ReadElementContentAsString());
        r.Read();
        return text.ToString();
    }

    private static string CellText(string? type, string value, IReadOnlyList<string> shared) => type switch
    {
        "s" => int.TryParse(value, out var i) && i >= 0 && i < shared.Count ? shared[i] : "",
        "b" => value == "1" ? "TRUE" : "FALSE",
        "str" or "inlineStr" or "e" => value,
        "d" => value.Replace('T', ' '),
        _ => ExcelNumberText.Plain(value),
    };

    private static void Put(SortedDictionary<int, SortedDictionary<int, string>> cells, int row, int column, string value)
    {
        if (row < 1 || column < 0) return;
        if (!cells.TryGetValue(row, out var line)) cells[row] = line = [];
        line[column] = value;
    }

    /// <summary>Fills merged ranges, but only into rows that hold something of their own (a blank row stays blank).</summary>
    private static void FillMerges(SortedDictionary<int, SortedDictionary<int, string>> cells, List<string> merges)
    {
        var rowsWithContent = cells.Where(kv => kv.Value.Values.Any(v => !string.IsNullOrWhiteSpace(v))).Select(kv => kv.Key).ToHashSet();
        foreach (var range in merges)
        {
            if (XlsxCellReference.ParseRange(range) is not { } r) continue;
            var value = cells.TryGetValue(r.From.Row, out var top) && top.TryGetValue(r.From.Column, out var v) ? v : "";
            if (value.Length == 0) continue;
            for (var row = r.From.Row; row <= r.To.Row; row++)
                for (var col = r.From.Column; col <= r.To.Column; col++)
                {
                    if (!rowsWithContent.Contains(row)) continue;
                    var line = cells[row];
                    if (!line.TryGetValue(col, out var existing) || existing.Length == 0) line[col] = value;
                }
        }
    }

    private static List<BatchRow> ToRows(SortedDictionary<int, SortedDictionary<int, string>> cells)
    {
        var rows = new List<BatchRow>();
        foreach (var (number, line) in cells)
        {
            var width = line.Count == 0 ? 0 : line.Keys.Max() + 1;
            var values = new string[width];
            for (var i = 0; i < width; i++) values[i] = line.GetValueOrDefault(i, "");
            rows.Add(new BatchRow(number, values));
        }
        return rows;
    }
}
