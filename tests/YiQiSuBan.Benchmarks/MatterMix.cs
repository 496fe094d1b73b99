using System.Text.Json.Nodes;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Gives the bench's push bodies realistic matters for a replay with dedupe (<c>--mix realistic</c>): most orders are
/// distinct matters (pieces of three shared texts) from distinct callers; 5 % are re-filings of a recent order by the
/// same caller (a duplicate), 2 % the same matter from another caller (related). Without it every copy of a template
/// repeats the template's caller and text, so every order is a duplicate of hundreds.
/// </summary>
internal sealed class MatterMix(IReadOnlyList<string> texts, int seed)
{
    private const int Recent = 500;

    private readonly Random _random = new(seed);
    private readonly (string Content, string Phone, string Company, string Credit)[] _recent = new (string, string, string, string)[Recent];

    /// <summary>Sets order i's title, content and caller: new ones drawn, an update (a newer version of a recent order) as before.</summary>
    public void Apply(JsonObject order, int i, bool update)
    {
        var roll = _random.NextDouble();
        (string Content, string Phone, string Company, string Credit) matter;
        if (update)
        {
            Write(order, _recent[i % Recent]);
            return;
        }
        if (i >= Recent && roll < 0.07)
        {
            var earlier = _recent[_random.Next(Recent)];
            while (earlier.Content is null) earlier = _recent[_random.Next(Recent)]; // slots of update indexes stay empty
            matter = roll < 0.05 ? earlier with { Content = earlier.Content + "，至今没有答复。" } : earlier with { Phone = Phone(i), Company = "", Credit = "" };
        }
        else
        {
            matter = (string.Concat(Enumerable.Range(0, 3).Select(_ => Piece(texts[_random.Next(texts.Count)]))), Phone(i), "", "");
        }
        _recent[i % Recent] = matter;
        Write(order, matter);
    }

    private static void Write(JsonObject order, (string Content, string Phone, string Company, string Credit) matter)
    {
        order["title"] = matter.Content[..Math.Min(20, matter.Content.Length)];
        order["content"] = matter.Content;
        order["callerPhone"] = matter.Phone;
        order["companyName"] = matter.Company;
        order["companyCreditCode"] = matter.Credit;
    }

    private static string Phone(int i) => "139" + (10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string Piece(string text)
    {
        var third = Math.Max(1, text.Length / 3);
        var start = _random.Next(Math.Max(1, text.Length - third));
        return text.Substring(start, Math.Min(third, text.Length - start));
    }
}
