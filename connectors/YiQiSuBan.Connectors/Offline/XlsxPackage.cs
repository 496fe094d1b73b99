using System.IO.Compression;
using System.Xml;
using YiQiSuBan.Connectors.Xml;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// The parts of an XLSX package a batch needs: the first worksheet's path and its shared strings.
/// Every part is read with the safe XML settings; oversized parts are refused.
/// </summary>
public sealed class XlsxPackage(ZipArchive zip)
{
    private const long MaxPartBytes = 64L * 1024 * 1024;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public XmlReader? Open(string path)
    {
        var entry = zip.GetEntry(path.TrimStart('/'));
        if (entry is null) return null;
        if (entry.Length > MaxPartBytes) throw new InvalidDataException($"the part {path} is larger than the hub reads");
        return SafeXml.Create(entry.Open());
    }

    /// <summary>The first sheet of the workbook (by workbook order), else xl/worksheets/sheet1.xml.</summary>
    public string FirstSheetPath()
    {
        string? relId = null;
        using (var wb = Open("xl/workbook.xml"))
        {
            while (wb is not null && wb.Read())
                if (wb.NodeType == XmlNodeType.Element && wb.LocalName == "sheet" && wb.NamespaceURI == Main)
                {
                    relId = wb.GetAttribute("id", Relationships);
                    break;
                }
        }
        if (relId is null) return "xl/worksheets/sheet1.xml";
        using var rels = Open("xl/_rels/workbook.xml.rels");
        while (rels is not null && rels.Read())
        {
            if (rels.NodeType != XmlNodeType.Element || rels.LocalName != "Relationship" || rels.GetAttribute("Id") != relId) continue;
            var target = rels.GetAttribute("Target") ?? "";
            return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        return "xl/worksheets/sheet1.xml";
    }

    /// <summary>Shared strings in order; rich-text runs are joined, phonetic runs (rPh) left out.</summary>
    public IReadOnlyList<string> SharedStrings()
    {
        var strings = new List<string>();
        using var r = Open("xl/sharedStrings.xml");
        if (r is null) return strings;
        var current = new System.Text.StringBuilder();
        var phonetic = 0;
        r.Read();
        while (!r.EOF)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t" && phonetic == 0 && !r.IsEmptyElement)
            {
                current.Append(r.ReadElementContentAsString()); // leaves the reader on the next node
                continue;
            }
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "si") current.Clear();
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh" && !r.IsEmptyElement) phonetic++;
            else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "si") strings.Add(current.ToString());
            else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "rPh") phonetic--;
            r.Read();
        }
        return strings;
    }
}
