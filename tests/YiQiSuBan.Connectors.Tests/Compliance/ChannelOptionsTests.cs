using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YiQiSuBan.Connectors.CityHub;
using YiQiSuBan.Connectors.Hotline12345;

namespace YiQiSuBan.Connectors.Tests.Compliance;

/// <summary>Channel options: bound from Channels:&lt;key&gt;, every problem named by its setting, secrets never echoed.</summary>
public sealed class ChannelOptionsTests
{
    private static IServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddConnectors();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void An_enabled_channel_without_its_settings_fails_with_every_missing_setting_named()
    {
        var services = Services(new()
        {
            ["Channels:hotline12345:Enabled"] = "true", ["Channels:hotline12345:AppSecret"] = "s3cr3t-value", ["Channels:hotline12345:Schedule"] = "every minute",
        });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Hotline12345Options>>().Value);
        Assert.Contains("Channels:hotline12345:BaseUrl is required", e.Message);
        Assert.Contains("Channels:hotline12345:AppKey is required (env Channels__hotline12345__AppKey)", e.Message);
        Assert.Contains("Schedule 'every minute' is not a 5- or 6-field cron expression", e.Message);
        Assert.DoesNotContain("s3cr3t-value", e.Message);
    }

    [Fact]
    public void A_webhook_secret_must_be_whsec_base64_and_disabled_channels_need_nothing()
    {
        var services = Services(new()
        {
            ["Channels:city-hub:Enabled"] = "true", ["Channels:city-hub:BaseUrl"] = "http://x", ["Channels:city-hub:ClientId"] = "c",
            ["Channels:city-hub:ClientSecret"] = "s", ["Channels:city-hub:WebhookSecret"] = "whsec_!!not-base64!!",
        });
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CityHubOptions>>().Value);
        Assert.Contains("WebhookSecret must be whsec_<base64>", e.Message);
        Assert.DoesNotContain("not-base64", e.Message);
        Assert.False(services.GetRequiredService<IOptions<YiQiSuBan.Connectors.Supervision.SupervisionOptions>>().Value.Enabled);
    }
}
