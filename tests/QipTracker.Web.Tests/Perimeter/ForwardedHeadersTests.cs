using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>
/// The app behind a TLS-terminating proxy: it sees plain HTTP from the proxy, with X-Forwarded-Proto: https.
/// Only a configured proxy is believed; then cookies are Secure and HSTS is sent.
/// </summary>
public sealed class BehindProxyApp : QipAppFactory
{
    public const string Proxy = "10.0.0.5";
    public const string ProxyNetwork = "172.16.0.0/12";

    public BehindProxyApp() : base(DatabaseProvider.Sqlite)
    {
        Settings["ForwardedHeaders:KnownProxies"] = Proxy;
        Settings["ForwardedHeaders:KnownNetworks"] = ProxyNetwork;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, TcpPeer>());
    }

    /// <summary>The test server has no TCP peer: X-Test-Peer stands in for the address the request came from.</summary>
    private sealed class TcpPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (http.Request.Headers.TryGetValue("X-Test-Peer", out var peer)) http.Connection.RemoteIpAddress = IPAddress.Parse(peer!);
                return inner(http);
            });
            next(app);
        };
    }
}

public sealed partial class ForwardedHeadersTests(BehindProxyApp proxied) : IClassFixture<BehindProxyApp>
{
    private static HttpClient Client(QipAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("http://qip.trust.example"), AllowAutoRedirect = false, HandleCookies = false,
    });

    /// <summary>Signs in through the form as the proxy would pass it on; answers the Set-Cookie lines and the HSTS header seen.</summary>
    private static async Task<(List<string> Cookies, string? Hsts)> SignInThrough(QipAppFactory app, string? peer, string email)
    {
        var client = Client(app);
        var page = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        Forwarded(page, peer);
        var login = await client.SendAsync(page);
        var cookies = SetCookies(login);
        var token = WebUtility.HtmlDecode(TokenPattern().Match(await login.Content.ReadAsStringAsync()).Groups[1].Value);

        var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = email, ["password"] = TestTrust.Password, ["__RequestVerificationToken"] = token }),
        };
        Forwarded(post, peer);
        post.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => c.Split(';')[0])));
        var signedIn = await client.SendAsync(post);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        return ([.. cookies, .. SetCookies(signedIn)], login.Headers.TryGetValues("Strict-Transport-Security", out var hsts) ? hsts.Single() : null);
    }

    private static void Forwarded(HttpRequestMessage request, string? peer)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        if (peer is not null) request.Headers.Add("X-Test-Peer", peer);
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    [Theory]
    [InlineData(BehindProxyApp.Proxy)]
    [InlineData("172.20.1.1")]
    public async Task Behind_a_configured_proxy_cookies_are_secure_and_hsts_is_sent(string peer)
    {
        var trust = await TestTrust.CreateAsync(proxied.Services, $"Px {Guid.NewGuid():N}"[..10]);
        var (cookies, hsts) = await SignInThrough(proxied, peer, trust[Domain.Trusts.TrustRole.Pmo].Email);

        Assert.Contains(cookies, c => c.StartsWith("qip.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(hsts);
        Assert.Contains("max-age=", hsts);
    }

    [Fact]
    public async Task A_forwarded_scheme_from_anyone_else_is_ignored()
    {
        var trust = await TestTrust.CreateAsync(proxied.Services, $"Px {Guid.NewGuid():N}"[..10]);
        var (cookies, hsts) = await SignInThrough(proxied, "192.0.2.77", trust[Domain.Trusts.TrustRole.Pmo].Email);

        Assert.Contains(cookies, c => c.StartsWith("qip.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Null(hsts);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
