using Microsoft.Extensions.Configuration;
using QipTracker.Web.Hosting;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Tests.Operations;

/// <summary>Job timings and rate-limit budgets read their numbers the app's one way: blank is the default, a bad value names its key.</summary>
public sealed class SettingNumbersTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Blank_settings_give_the_defaults_and_set_ones_are_used()
    {
        Assert.Equal(new JobTimings(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15)), JobTimings.From(Config()));
        Assert.Equal(TimeSpan.FromSeconds(42), JobTimings.From(Config((JobTimings.InvisibilityTimeoutKey, " 42 "))).InvisibilityTimeout);
        Assert.Equal(10, RateLimitOptions.From(Config()).SignInPerAccount.Permits);
        Assert.Equal(4, RateLimitOptions.From(Config(("RateLimits:SignIn:PerAccount", "4"))).SignInPerAccount.Permits);
    }

    [Theory]
    [InlineData(JobTimings.QueuePollKey, "0")]
    [InlineData(JobTimings.SchedulePollKey, "3601")]
    [InlineData(JobTimings.InvisibilityTimeoutKey, "five minutes")]
    [InlineData("RateLimits:Api:PerToken", "-3")]
    [InlineData("RateLimits:SignIn:PerIp", "1.5")]
    public void A_bad_number_stops_start_up_naming_its_key_and_range(string key, string value)
    {
        var config = Config((key, value));
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            JobTimings.From(config);
            RateLimitOptions.From(config);
        });
        Assert.StartsWith($"{key} is '{value}'; it must be a whole number from 1 to ", ex.Message);
    }
}
