using YiQiSuBan.Core.Dedupe;
using YiQiSuBan.Core.Model;

namespace YiQiSuBan.Core.Tests.Dedupe;

public class DedupeMatcherTests
{
    private static readonly Complaint First = Complaints.Make("hotline12345", "h1", 0, Complaints.Noise, phone: "13800000001");
    private static readonly Complaint Second = Complaints.Make("people-board", "p1", 5, "开发商在没有预售许可证的情况下出售商铺，商铺被法院冻结，付了购房款八个月不能网签。联系电话：138 0000 0001");
    private static readonly Complaint Third = Complaints.Make("city-hub", "c1", 9, Complaints.Noise, creditCode: "91370404MA46ERYY0Q", phone: "13800000001");
    private static readonly Complaint OtherPerson = Complaints.Make("mayor-mailbox", "m1", 6, Complaints.Noise, phone: "13900000002");
    private static readonly Complaint OtherMatter = Complaints.Make("supervision", "s1", 7, Complaints.Other, phone: "13800000001");

    [Fact]
    public async Task Same_complainant_and_matter_across_channels_points_to_the_earliest_filing()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(First, Second, Third, OtherMatter);
        Assert.Null((await hub.GetAsync(First.Id)).DuplicateOf);
        Assert.Equal(First.Id, (await hub.GetAsync(Second.Id)).DuplicateOf);
        Assert.Equal(First.Id, (await hub.GetAsync(Third.Id)).DuplicateOf);
        Assert.Null((await hub.GetAsync(OtherMatter.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Same_matter_of_another_complainant_is_related_not_duplicate()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(First, OtherPerson);
        var other = await hub.GetAsync(OtherPerson.Id);
        Assert.Null(other.DuplicateOf);
        Assert.Contains(First.Id, other.Related);
        Assert.Empty((await hub.GetAsync(First.Id)).Related); // the later filing carries the relation; the earlier is not re-sent
    }

    [Fact]
    public async Task A_hotspot_of_many_complainants_costs_one_version_per_filing()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        var filings = Enumerable.Range(0, 12)
            .Select(i => Complaints.Make("hotline12345", $"hot{i}", i % 3, Complaints.Noise, phone: $"1390000{i:D4}")).ToArray();

        var events = await hub.AddAsync(filings);

        Assert.Equal(12, events.Count(e => e.Complaint is not null));
        Assert.Equal(filings.Select(f => f.Id).Order(), events.Where(e => e.Complaint is not null).Select(e => e.ComplaintId).Order());
        var last = await hub.GetAsync(filings[^1].Id);
        // the newest names the earlier filings it was matched with: the latest ten per lookup key (MaxCandidatesPerKey)
        Assert.Equal(10, last.Related.Count);
        Assert.Subset(filings.SkipLast(1).Select(f => f.Id).ToHashSet(), last.Related.ToHashSet());
        Assert.Contains(events, e => e.Type == "hotspot.alert");
    }

    [Theory]
    [InlineData(59, true)]
    [InlineData(61, false)]
    public async Task Window_limits_duplicates(int days, bool duplicate)
    {
        await using var hub = await DedupeHarness.CreateAsync();
        var later = Complaints.Make("city-hub", "late", days, Complaints.Noise, phone: "13800000001");
        await hub.AddAsync(First, later);
        Assert.Equal(duplicate ? First.Id : null, (await hub.GetAsync(later.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Window_is_configurable()
    {
        await using var hub = await DedupeHarness.CreateAsync(new DedupeOptions { WindowDays = 3 });
        await hub.AddAsync(First, Third);
        Assert.Null((await hub.GetAsync(Third.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Earlier_filing_arriving_late_takes_over_the_group_and_re_points_members_on_the_feed()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(Second, Third);
        Assert.Equal(Second.Id, (await hub.GetAsync(Third.Id)).DuplicateOf);
        var events = await hub.AddAsync(First);
        Assert.Contains(events, e => e.ComplaintId == Second.Id && e.Type == FeedEventTypes.Duplicate && e.Complaint!.DuplicateOf == First.Id);
        Assert.Contains(events, e => e.ComplaintId == Third.Id && e.Complaint!.DuplicateOf == First.Id);
        Assert.Equal(First.Id, (await hub.GetAsync(Third.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Any_arrival_order_gives_the_same_groups()
    {
        Complaint[] all = [First, Second, Third, OtherPerson, OtherMatter, Complaints.Make("offline", "o1", 8, Complaints.Noise)];
        Dictionary<string, (string?, string)>? reference = null;
        for (var seed = 0; seed < 6; seed++)
        {
            await using var hub = await DedupeHarness.CreateAsync();
            await hub.AddAsync(all.OrderBy(_ => 0).ToList().Shuffled(seed).ToArray());
            var state = new Dictionary<string, (string?, string)>();
            foreach (var c in all)
            {
                var stored = await hub.GetAsync(c.Id);
                state[c.Id] = (stored.DuplicateOf, string.Join(',', stored.Related));
            }
            reference ??= state;
            Assert.Equal(reference, state);
        }
    }

    [Fact]
    public async Task Split_and_join_are_kept_respected_later_and_sent_on_the_feed()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(First, Third);
        var split = await hub.CorrectAsync(First.Id, Third.Id, LinkKind.Split);
        Assert.Contains(split, e => e.Type == DedupeFeedEvents.Split);
        Assert.Contains(split, e => e.ComplaintId == Third.Id && e.Complaint!.DuplicateOf is null);

        await hub.AddAsync(Third with { Title = "再次反映" });
        Assert.Null((await hub.GetAsync(Third.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Join_groups_what_the_matcher_kept_apart()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(First, OtherMatter);
        var join = await hub.CorrectAsync(First.Id, OtherMatter.Id, LinkKind.Join);
        Assert.Contains(join, e => e.Type == DedupeFeedEvents.Join);
        Assert.Equal(First.Id, (await hub.GetAsync(OtherMatter.Id)).DuplicateOf);
        await hub.AddAsync(OtherMatter with { Title = "补充" });
        Assert.Equal(First.Id, (await hub.GetAsync(OtherMatter.Id)).DuplicateOf);
    }

    [Fact]
    public async Task Explain_names_fields_never_values()
    {
        await using var hub = await DedupeHarness.CreateAsync();
        await hub.AddAsync(First, Third);
        var text = await hub.ExplainAsync(First.Id, Third.Id);
        Assert.Contains("agreed: phone", text);
        Assert.Contains("decision      duplicate", text);
        Assert.Contains("time gap      9 days (window 60 days)", text);
        Assert.DoesNotContain("13800000001", text);
    }

    [Fact]
    public async Task Hotspot_alert_when_many_complainants_raise_one_matter_within_a_day()
    {
        await using var hub = await DedupeHarness.CreateAsync(new DedupeOptions { HotspotComplainants = 3 });
        var events = await hub.AddAsync(
            Complaints.Make("hotline12345", "x1", 0, Complaints.Other, phone: "13000000001"),
            Complaints.Make("people-board", "x2", 0, Complaints.Other, phone: "13000000002"),
            Complaints.Make("mayor-mailbox", "x3", 0, Complaints.Other, phone: "13000000003"),
            Complaints.Make("city-hub", "x4", 0, Complaints.Other, phone: "13000000004"));
        Assert.Single(events, e => e.Type == DedupeFeedEvents.HotspotAlert);
    }
}
