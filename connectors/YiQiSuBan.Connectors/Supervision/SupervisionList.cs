using System.Xml;

namespace YiQiSuBan.Connectors.Supervision;

/// <summary>
/// The paging facts of one transfer-order list: each order's ZBDH and ZBSJ (yyyyMMddHHmmss; ZBDH comes before ZBSJ). Read with DTDs
/// prohibited and no resolver: outside XML is untrusted.
/// </summary>
public sealed record SupervisionList(byte[] Bytes, IReadOnlyList<(string Key, string Time)> Orders)
{
    public static SupervisionList Read(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var orders = new List<(string, string)>();
        string? zbdh = null;
        string? code = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            switch (reader.LocalName)
            {
                case "ZBDH":
                    zbdh = reader.ReadElementContentAsString().Trim();
                    break;
                case "ZBSJ":
                    var digits = new string(reader.ReadElementContentAsString().Where(char.IsAsciiDigit).ToArray());
                    orders.Add((zbdh ?? "", digits.Length == 14 ? digits : ""));
                    break;
                case "CODE":
                    code = reader.ReadElementContentAsString().Trim();
                    break;
            }
        }
        if (code is { Length: > 0 } and not "0") throw new Abstractions.CounterpartException(SupervisionOptions.Key, code, "refused", transient: code.StartsWith('5'));
        return new SupervisionList(bytes, orders);
    }
}
