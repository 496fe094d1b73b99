using YiQiSuBan.Core.Delivery;

namespace YiQiSuBan.Host.Tests.Delivery;

public sealed class WebhookSignerTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Fact]
    public void Standard_webhooks_reference_vector()
    {
        var signature = WebhookSigner.Sign([Secret], "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, """{"test": 2432232314}""");
        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Two_active_secrets_give_two_signatures_first_secret_first()
    {
        var other = "whsec_" + Convert.ToBase64String(new byte[32]);
        var header = WebhookSigner.Sign([Secret, other], "msg_1", 1700000000, "{}");
        var parts = header.Split(' ');
        Assert.Equal(2, parts.Length);
        Assert.Equal(WebhookSigner.SignOne(Secret, "msg_1", 1700000000, "{}"), parts[0]);
        Assert.True(WebhookSigner.Verify([other], "msg_1", 1700000000, "{}", header));
        Assert.False(WebhookSigner.Verify([other], "msg_1", 1700000001, "{}", header));
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("whsec_not base64!", false)]
    [InlineData("", false)]
    public void Secrets_are_validated(string secret, bool valid) => Assert.Equal(valid, WebhookSigner.IsValidSecret(secret));
}
