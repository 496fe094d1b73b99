namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// One row of a collector batch: its number as the collector sees it (CSV: the record number as a CSV reader
/// counts records, title and blank rows included; XLSX: the sheet row number) and its cell texts.
/// </summary>
public sealed record BatchRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
