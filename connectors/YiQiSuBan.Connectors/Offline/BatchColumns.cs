using System.Text;

namespace YiQiSuBan.Connectors.Offline;

/// <summary>
/// The columns of a collector batch, found by their Chinese header names in any order, some possibly missing.
/// Header cells are compared without white space, asterisks or a trailing colon, full-width folded to half-width;
/// a few names collectors write instead of the template's are accepted as aliases.
/// </summary>
public sealed class BatchColumns
{
    public const string Number = "序号";
    public const string Collector = "采集人";
    public const string CollectorRole = "采集人身份";
    public const string Township = "所属镇街";
    public const string EnterpriseName = "企业名称";
    public const string CreditCode = "统一社会信用代码";
    public const string Contact = "联系人";
    public const string Phone = "联系电话";
    public const string Kind = "诉求类型";
    public const string Content = "诉求内容";
    public const string CollectedAt = "采集时间";
    public const string Remark = "备注";

    private const int LeastKnownNames = 3;

    private static readonly string[] Names = [Number, Collector, CollectorRole, Township, EnterpriseName, CreditCode, Contact, Phone, Kind, Content, CollectedAt, Remark];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["编号"] = Number, ["采集人员"] = Collector, ["采集人姓名"] = Collector, ["身份"] = CollectorRole, ["采集人类型"] = CollectorRole,
        ["镇街"] = Township, ["所属镇(街)"] = Township, ["所属镇街道"] = Township, ["企业"] = EnterpriseName,
        ["信用代码"] = CreditCode, ["社会信用代码"] = CreditCode, ["统一信用代码"] = CreditCode, ["联系方式"] = Phone, ["手机号"] = Phone,
        ["联系人电话"] = Phone, ["类型"] = Kind, ["诉求类别"] = Kind, ["反映内容"] = Content, ["问题描述"] = Content, ["诉求"] = Content,
        ["采集日期"] = CollectedAt,
    };

    private readonly Dictionary<string, int> _index;

    private BatchColumns(Dictionary<string, int> index, int headerRow)
    {
        _index = index;
        HeaderRow = headerRow;
    }

    public int HeaderRow { get; }

    public IReadOnlyDictionary<string, int> Index => _index;

    public bool Has(string name) => _index.ContainsKey(name);

    /// <summary>The first row that names at least three known columns; null when there is none.</summary>
    public static BatchColumns? Find(IEnumerable<BatchRow> rows)
    {
        foreach (var row in rows)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < row.Cells.Count; i++)
                if (Canonical(row.Cells[i]) is { } name) index.TryAdd(name, i);
            if (index.Count >= LeastKnownNames) return new BatchColumns(index, row.Number);
        }
        return null;
    }

    /// <summary>True when the row repeats the header (a second table pasted below the first).</summary>
    public bool IsHeaderAgain(BatchRow row) =>
        _index.Count(kv => Canonical(row.Cell(kv.Value)) == kv.Key) >= LeastKnownNames;

    public static string ListOfNames => string.Join(", ", Names);

    private static string? Canonical(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell)) return null;
        var sb = new StringBuilder(cell.Length);
        foreach (var ch in cell.Normalize(NormalizationForm.FormKC))
            if (!char.IsWhiteSpace(ch) && ch is not ('*' or '\u3000')) sb.Append(ch);
        var s = sb.ToString().TrimEnd(':');
        if (Array.IndexOf(Names, s) >= 0) return s;
        return Aliases.GetValueOrDefault(s);
    }
}
