using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Tests.Dedupe;

/// <summary><see cref="DedupeMatcher.Prepare"/> (work done ahead on the reader thread) changes no outcome.</summary>
public class PreparedMatchTests
{
    private static readonly Complaint[] Filings =
    [
        Complaints.Make("hotline12345", "h1", 0, Complaints.Noise, phone: "13800000001"),
        Complaints.Make("people-board", "p1", 5, "开发商在没有预售许可证的情况下出售商铺，商铺被法院冻结，付了购房款八个月不能网签。联系电话：138 0000 0001"),
        Complaints.Make("city-hub", "c1", 9, Complaints.Noise, creditCode: "91370404MA46ERYY0Q", phone: "13800000001"),
        Complaints.Make("mayor-mailbox", "m1", 6, Complaints.Noise, phone: "13900000002"),
        Complaints.Make("supervision", "s1", 7, Complaints.Other, phone: "13800000001"),
        Complaints.Make("hotline12345", "h2", 8, Complaints.Other),
    ];

    private static async Task<List<(string?, string)>> OutcomeAsync(bool prepare)
    {
        await using var hub = await DedupeHarness.CreateAsync();
        foreach (var c in Filings)
        {
            if (prepare) hub.Matcher.Prepare(c);
            await hub.AddAsync(c);
        }
        var outcome = new List<(string?, string)>();
        foreach (var c in Filings)
        {
            var stored = await hub.GetAsync(c.Id);
            outcome.Add((stored.DuplicateOf, string.Join(',', stored.Related)));
        }
        return outcome;
    }

    [Fact]
    public async Task Prepared_complaints_match_as_unprepared_ones_do()
    {
        var plain = await OutcomeAsync(prepare: false);
        Assert.Contains(plain, o => o.Item1 is not null);
        Assert.Contains(plain, o => o.Item2.Length > 0);
        Assert.Equal(plain, await OutcomeAsync(prepare: true));
    }

    [Fact]
    public void Prepared_keys_are_the_lookup_keys_of_the_complaint()
    {
        var prepared = PreparedMatch.Of(Filings[0]);
        Assert.Equal(DedupeDoc.From(Filings[0]).Text, prepared.Doc.Text);
        Assert.Equal(CandidateFinder.LookupKeys(DedupeDoc.From(Filings[0])), prepared.LookupKeys);
    }
}
