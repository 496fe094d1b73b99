using System.Globalization;
using CsvHelper;
using YiQiSuBan.Core.Supervision;

namespace YiQiSuBan.Host.Api;

/// <summary>The monthly 2151 report as CSV.</summary>
public static class ReportCsv
{
    public static string Write(IEnumerable<UnitMonthReport> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var header in new[] { "rank", "unit", "received", "closed", "closedOnTime", "onTimeRate", "yellow", "red", "satisfactionRate" }) csv.WriteField(header);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Rank);
            csv.WriteField(r.Unit);
            csv.WriteField(r.Received);
            csv.WriteField(r.Closed);
            csv.WriteField(r.ClosedOnTime);
            csv.WriteField(r.OnTimeRate?.ToString("0.####", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(r.Yellow);
            csv.WriteField(r.Red);
            csv.WriteField(r.SatisfactionRate?.ToString("0.####", CultureInfo.InvariantCulture) ?? "");
            csv.NextRecord();
        }
        csv.Flush();
        return text.ToString();
    }
}
