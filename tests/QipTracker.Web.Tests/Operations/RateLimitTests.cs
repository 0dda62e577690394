using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Operations;

/// <summary>
/// The app with small budgets and an hour's window (so no window ends mid-test), and a stand-in for the client's
/// address: the test server has no TCP peer, so X-Test-Peer names the address a request comes from.
/// </summary>
public sealed class RateLimitedApp : QipAppFactory
{
    public const int SignInPerAccount = 3, SignInPerIp = 6, FormPerKey = 3, ApiPerToken = 3;

    public RateLimitedApp() : base(DatabaseProvider.Sqlite)
    {
        foreach (var area in new[] { "SignIn", "PasswordReset", "Invitation", "Api" })
            Settings[$"RateLimits:{area}:Window"] = "01:00:00";
        Settings["RateLimits:SignIn:PerAccount"] = $"{SignInPerAccount}";
        Settings["RateLimits:SignIn:PerIp"] = $"{SignInPerIp}";
        Settings["RateLimits:PasswordReset:PerAccount"] = $"{FormPerKey}";
        Settings["RateLimits:Invitation:PerInvitation"] = $"{FormPerKey}";
        Settings["RateLimits:Api:PerToken"] = $"{ApiPerToken}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, TestPeer>());
    }

    public HttpClient BrowserFrom(string address)
    {
        var browser = this.NewBrowser();
        browser.DefaultRequestHeaders.Add(TestPeer.Header, address);
        return browser;
    }

    private sealed class TestPeer : IStartupFilter
    {
        public const string Header = "X-Test-Peer";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, inner) =>
            {
                if (http.Request.Headers.TryGetValue(Header, out var peer)) http.Connection.RemoteIpAddress = IPAddress.Parse(peer!);
                return inner(http);
            });
            next(app);
        };
    }
}

public sealed class RateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    private static string NewEmail() => $"someone.{Guid.NewGuid():N}@trust.example";

    private static async Task AssertTooManyAsync(HttpResponseMessage answer, string sentence)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
        var retryAfter = Assert.Single(answer.Headers.GetValues("Retry-After"));
        Assert.InRange(int.Parse(retryAfter, System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Contains(sentence, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signing_in_to_one_account_past_its_budget_gets_429_and_other_accounts_do_not()
    {
        var email = NewEmail();
        var browser = app.BrowserFrom("10.1.0.1");
        for (var i = 0; i < RateLimitedApp.SignInPerAccount; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync(email, "wrong password")).StatusCode);

        await AssertTooManyAsync(await browser.PostLoginAsync(email, "wrong password"), "Too many sign-in attempts. Try again in");
        // The account's budget, wherever the guesses come from; another account from the same place is unaffected.
        await AssertTooManyAsync(await app.BrowserFrom("10.1.0.2").PostLoginAsync(email, "wrong password"), "Too many sign-in attempts.");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync(NewEmail(), "wrong password")).StatusCode);
    }

    [Fact]
    public async Task Signing_in_from_one_address_past_its_budget_gets_429_and_other_addresses_do_not()
    {
        var browser = app.BrowserFrom("10.2.0.1");
        for (var i = 0; i < RateLimitedApp.SignInPerIp; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostLoginAsync(NewEmail(), "wrong password")).StatusCode);

        await AssertTooManyAsync(await browser.PostLoginAsync(NewEmail(), "wrong password"), "Too many sign-in attempts.");

        // Someone real elsewhere still signs in.
        var trust = await TestTrust.CreateAsync(app.Services, $"Rl {Guid.NewGuid():N}"[..10]);
        var answer = await app.BrowserFrom("10.2.0.2").PostLoginAsync(trust[TrustRole.Pmo].Email, TestTrust.Password);
        Assert.Equal("/", answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Starting_single_sign_on_spends_the_addresss_sign_in_budget()
    {
        var browser = app.BrowserFrom("10.2.1.1");
        async Task<HttpResponseMessage> Start() => await browser.PostAsync("/account/sso", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = NewEmail(), ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync("/account/login"),
        }));
        for (var i = 0; i < RateLimitedApp.SignInPerIp; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await Start()).StatusCode); // no trust signs that domain in: the refusal page

        await AssertTooManyAsync(await Start(), "Too many sign-in attempts.");
        await AssertTooManyAsync(await browser.PostLoginAsync(NewEmail(), "wrong password"), "Too many sign-in attempts.");
    }

    [Theory]
    [InlineData("/account/forgot-password", "email", "Too many password reset requests.")]
    [InlineData("/account/accept-invitation", "token", "Too many attempts to accept an invitation.")]
    public async Task A_form_keyed_by_email_or_invitation_gets_429_past_its_budget_for_that_key_only(string post, string field, string sentence)
    {
        var browser = app.BrowserFrom($"10.3.{(field == "email" ? 1 : 2)}.1");
        async Task<HttpResponseMessage> Send(string key)
        {
            var form = new Dictionary<string, string>
            {
                [field] = key, ["password"] = "a long enough passphrase", ["confirm"] = "a long enough passphrase",
                ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync("/account/login"), // any of this browser's form tokens
            };
            return await browser.PostAsync(post, new FormUrlEncodedContent(form));
        }

        var key = field == "email" ? NewEmail() : $"invitation-{Guid.NewGuid():N}";
        for (var i = 0; i < RateLimitedApp.FormPerKey; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await Send(key)).StatusCode);

        await AssertTooManyAsync(await Send(key), sentence);
        Assert.Equal(HttpStatusCode.Redirect, (await Send(field == "email" ? NewEmail() : $"invitation-{Guid.NewGuid():N}")).StatusCode);
    }

    [Fact]
    public async Task One_api_token_spending_its_budget_leaves_another_token_and_the_person_unaffected()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ra {Guid.NewGuid():N}"[..10]);
        var first = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("feed one", TrustRole.Pmo));
        var second = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("feed two", TrustRole.Pmo));
        HttpClient With(string secret)
        {
            var client = app.BrowserFrom("10.4.0.1");
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            return client;
        }

        for (var i = 0; i < RateLimitedApp.ApiPerToken; i++)
            Assert.Equal(HttpStatusCode.OK, (await With(first.Secret).GetAsync("/api/v1/trust")).StatusCode);
        var refused = await With(first.Secret).GetAsync("/api/v1/trust");

        await AssertTooManyAsync(refused, "Too many API requests. Try again in");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()))
            Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await With(second.Secret).GetAsync("/api/v1/trust")).StatusCode);
        var signedIn = await app.BrowserFrom("10.4.0.1").SignInAsync(trust[TrustRole.Pmo]);
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/trust")).StatusCode);
    }
}
