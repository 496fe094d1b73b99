using System.Text;
using System.Text.Json;
using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Benchmarks;

/// <summary>
/// Synthetic complaints for the dedupe benchmark: the shared expected-dev texts, each copy lightly edited (a few
/// characters swapped, a house number added) so copies share some but not all LSH keys, filed at random times over the
/// period, two in three with a phone of a pool of complainants.
/// </summary>
internal sealed class DedupeCorpus
{
    private const string Filler = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";

    private readonly List<string> _texts;
    private readonly Random _random;
    private readonly int _phones;

    /// <summary>The corpus texts (title + content of each expected complaint).</summary>
    public IReadOnlyList<string> Texts => _texts;

    private DedupeCorpus(List<string> texts, int seed, int phones) => (_texts, _random, _phones) = (texts, new Random(seed), phones);

    /// <summary>Reads the texts of an expected-*.jsonl file (title + content of each complaint).</summary>
    public static DedupeCorpus Load(string expectedJsonl, int seed, int complainants)
    {
        var texts = new List<string>();
        foreach (var line in File.ReadLines(expectedJsonl))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var title = root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var content = root.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            if (!string.IsNullOrWhiteSpace(content)) texts.Add((title ?? "") + "：" + content);
        }
        return new DedupeCorpus(texts, seed, Math.Max(1, complainants));
    }

    /// <summary>The i-th synthetic complaint, filed at <paramref name="at"/>.</summary>
    public Complaint Make(int i, DateTimeOffset at)
    {
        var text = new StringBuilder(_texts[_random.Next(_texts.Count)]);
        for (var k = 0; k < Math.Max(1, text.Length / 25); k++)
        {
            var at2 = _random.Next(text.Length);
            if (!char.IsSurrogate(text[at2])) text[at2] = Filler[_random.Next(Filler.Length)];
        }
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"，{_random.Next(1, 40)}栋{_random.Next(1, 30)}0{_random.Next(1, 9)}室");
        var phone = _random.Next(3) == 0 ? null : "13" + (100000000 + _random.Next(_phones)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Complaint
        {
            Id = "bench-" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture), Channel = i % 2 == 0 ? "people-board" : "hotline12345",
            SourceId = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Origin = "bench", RawDigest = "bench", Content = text.ToString(), ReceivedAt = at, SubmittedAt = at,
            Complainant = new Complainant { Phone = phone },
        };
    }
}
