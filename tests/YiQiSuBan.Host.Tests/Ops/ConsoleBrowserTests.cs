using Microsoft.Playwright;
using YiQiSuBan.Core.Mapping;
using YiQiSuBan.Core.Storage;
using static Microsoft.Playwright.Assertions;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>The ops console in headless Chromium: log in, channels, quarantine re-drive after a mapping fix, split, red card, every page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleBrowserTests(ConsoleBrowser browser)
{
    [Fact]
    public async Task Login_shows_all_six_channels_with_control_buttons_disabled()
    {
        var page = await browser.LoggedInPageAsync();
        await Expect(page.Locator(".card.channel")).ToHaveCountAsync(6);
        foreach (var channel in new[] { "hotline12345", "people-board", "mayor-mailbox", "city-hub", "supervision", "offline" })
            await Expect(page.Locator($".card.channel[data-channel='{channel}'] .state.off")).ToBeVisibleAsync();
        await Expect(page.Locator("#control-note")).ToContainTextAsync("不可用");
        await Expect(page.Locator(".card.channel button[data-act=run]").First).ToBeDisabledAsync();
        await ConsoleBrowser.ShotAsync(page, "1-channels");

        var wall = await browser.LoggedInPageAsync(2560, 1440);
        await Expect(wall.Locator(".card.channel")).ToHaveCountAsync(6);
        await ConsoleBrowser.ShotAsync(wall, "1-channels-wall-screen");
    }

    [Fact]
    public async Task A_quarantined_item_is_shown_decoded_and_masked_and_passes_after_its_mapping_is_fixed()
    {
        var item = browser.Quarantined.Quarantined.First(q => q.SourceId is not null);
        var page = await browser.LoggedInPageAsync(why: "采集表列名已修正");
        await page.ClickAsync("nav a[data-page=quarantine]");
        await page.Locator($"#quarantine-list tr[data-id='{item.Id}'] a.open-item").ClickAsync();
        await Expect(page.Locator("#item-encoding")).ToHaveTextAsync("gb18030");
        await Expect(page.Locator("#item-payload")).ToContainTextAsync("诉求内容");
        Assert.DoesNotMatch(@"(?<![0-9])1[3-9][0-9]{9}(?![0-9])", await page.Locator("#item-payload").InnerTextAsync());
        await ConsoleBrowser.ShotAsync(page, "2-quarantine-item");

        await browser.Hub.FixOfflineMappingAsync();
        await page.ClickAsync("#redrive-one");
        await Expect(page.Locator("#redrive-result")).ToHaveAttributeAsync("data-results", "passed");
        await ConsoleBrowser.ShotAsync(page, "2-quarantine-redriven");
        var complaint = await browser.Hub.Get<IHubStore>().GetComplaintAsync(ComplaintIds.For("offline", item.SourceId!));
        Assert.NotNull(complaint?.Complaint);

        await page.ReloadAsync();
        await Expect(page.Locator($"#quarantine-list tr[data-id='{item.Id}']")).ToHaveCountAsync(0); // resolved items leave the open list
    }

    [Fact]
    public async Task Splitting_a_duplicate_link_unlinks_the_pair()
    {
        var (first, second) = browser.Duplicates;
        Assert.Equal(first, (await browser.Hub.Get<IHubStore>().GetComplaintAsync(second))!.Complaint!.DuplicateOf);
        var page = await browser.LoggedInPageAsync(why: "不同企业的同类诉求");
        await page.ClickAsync("nav a[data-page=dedupe]");
        var link = page.Locator($".link[data-a='{first}'][data-b='{second}']");
        await Expect(link.Locator("pre.explain")).ToContainTextAsync("decision");
        await ConsoleBrowser.ShotAsync(page, "3-duplicates");
        await link.Locator("button[data-act=split]").ClickAsync();
        await Expect(page.Locator("#dedupe-result")).ToHaveAttributeAsync("data-done", "split");
        Assert.Null((await browser.Hub.Get<IHubStore>().GetComplaintAsync(second))!.Complaint!.DuplicateOf);
        await ConsoleBrowser.ShotAsync(page, "3-duplicates-split");
    }

    [Fact]
    public async Task The_intake_board_shows_a_red_card_for_the_late_unit()
    {
        var page = await browser.LoggedInPageAsync();
        await page.ClickAsync("nav a[data-page=intake]");
        var row = page.Locator("#board tr", new PageLocatorOptions { HasText = ConsoleBrowser.RedUnit });
        await Expect(row.Locator("td.red-card")).ToBeVisibleAsync();
        Assert.True(int.Parse(await row.Locator("td.red-card").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await Expect(page.Locator("svg.chart")).ToBeVisibleAsync();
        await Expect(page.Locator(".legend")).ToContainTextAsync("人民网留言板"); // a complaint that arrived as a duplicate still counts as intake
        await ConsoleBrowser.ShotAsync(page, "4-intake");
    }

    [Fact]
    public async Task Delivery_audit_and_api_pages_render_and_verification_runs()
    {
        var page = await browser.LoggedInPageAsync(why: "例行校验");
        await page.ClickAsync("nav a[data-page=delivery]");
        await Expect(page.Locator("#depth-parked")).ToBeVisibleAsync();
        await ConsoleBrowser.ShotAsync(page, "5-delivery");
        await page.ClickAsync("nav a[data-page=audit]");
        await page.ClickAsync("#verify");
        // the seeded duplicate pair and red-card complaint were written around the pipeline (no audit entries), so the
        // verification reports them: what matters here is that the run happened and its result is shown
        await Expect(page.Locator("#verification")).ToContainTextAsync("检查范围");
        await Expect(page.Locator("#verify-ok")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(一致|发现不一致)$"));
        await ConsoleBrowser.ShotAsync(page, "6-audit");
        await page.GotoAsync(browser.Hub.BaseUrl + "/ops/api");
        await Expect(page.Locator("#operations")).ToContainTextAsync("/api/v1/ops/quarantine/redrive");
        await ConsoleBrowser.ShotAsync(page, "7-api");
    }
}
