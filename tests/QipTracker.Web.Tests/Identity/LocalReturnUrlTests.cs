using QipTracker.Web.Security;

namespace QipTracker.Web.Tests.Identity;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/register")]
    [InlineData("/register?isg=1&q=a%20b")]
    [InlineData("/root-causes/8a1b/timeline#evidence")]
    public void A_plain_local_path_is_kept(string url) => Assert.Equal(url, LocalReturnUrl.Sanitise(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("register")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%2f%2fevil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/%252F/evil.example")]
    [InlineData("/%25252F/evil.example")]
    [InlineData("/ok/../%5C%5Cevil")]
    public void Anything_else_goes_home(string? url) => Assert.Equal("/", LocalReturnUrl.Sanitise(url));

    [Theory]
    [InlineData("/%E0%A4%A")]
    [InlineData("/%")]
    [InlineData("/%%%")]
    public void A_malformed_encoding_is_answered_not_thrown(string url) => Assert.StartsWith("/", LocalReturnUrl.Sanitise(url));
}
