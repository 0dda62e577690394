namespace QipTracker.Web.Tests.Support;

/// <summary>
/// What an operator configures, as the test apps have it: a scrape token for /metrics, and rate limits far above
/// what the suite sends (every test signs in from the same loopback address), so only the rate-limit tests meet them.
/// </summary>
public static class TestOperator
{
    public const string ScrapeToken = "test-scrape-token-7c1f0e9a2b4d";

    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["Metrics:ScrapeToken"] = ScrapeToken,
        ["RateLimits:SignIn:PerIp"] = "1000000",
        ["RateLimits:SignIn:PerAccount"] = "1000000",
        ["RateLimits:PasswordReset:PerIp"] = "1000000",
        ["RateLimits:PasswordReset:PerAccount"] = "1000000",
        ["RateLimits:Invitation:PerIp"] = "1000000",
        ["RateLimits:Invitation:PerInvitation"] = "1000000",
        ["RateLimits:Api:PerToken"] = "1000000",
        ["RateLimits:Api:PerUser"] = "1000000",
        ["RateLimits:Api:PerIp"] = "1000000",
    };
}
