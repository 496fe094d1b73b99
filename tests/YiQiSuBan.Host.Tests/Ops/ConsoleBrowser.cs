using Microsoft.Playwright;
using YiQiSuBan.Core.Pipeline;

namespace YiQiSuBan.Host.Tests.Ops;

/// <summary>
/// A hub on a real port seeded with quarantined GBK rows (broken offline mapping), a cross-channel duplicate pair and
/// a red card, and Debian's headless Chromium driven by Playwright (no browser download: the system binary).
/// Screenshots go to bin/…/artifacts/screenshots.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string RedUnit = "区住建局";

    private IPlaywright? _playwright;

    public OpsHub Hub { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public IngestReport Quarantined { get; private set; } = null!;
    public (string First, string Second) Duplicates { get; private set; }
    public static string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(Artifacts);
        Hub = await OpsHub.StartAsync(kestrel: true);
        Quarantined = await Hub.IngestOfflineBatchWithBrokenMappingAsync();
        Duplicates = await Hub.SeedDuplicatePairAsync();
        await Hub.SeedRedCardAsync(RedUnit);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh tab (own sessionStorage) logged in with the ops key, prompts answered with <paramref name="why"/>.</summary>
    public async Task<IPage> LoggedInPageAsync(int width = 1440, int height = 900, string why = "浏览器测试")
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN" });
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync(why);
        await page.GotoAsync(Hub.BaseUrl + "/ops");
        await page.FillAsync("#api-key", Hub.ApiKey);
        await page.ClickAsync("#login button[type=submit]");
        await page.Locator(".card.channel").First.WaitForAsync();
        return page;
    }

    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Hub is not null) await Hub.DisposeAsync();
    }
}
