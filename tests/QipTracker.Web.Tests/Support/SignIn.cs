using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace QipTracker.Web.Tests.Support;

/// <summary>Signs in through the real login form (antiforgery token and all), as a browser would.</summary>
public static partial class SignIn
{
    public static HttpClient NewBrowser(this QipAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(this QipAppFactory app, TestUser user, string password = TestTrust.Password)
    {
        var browser = app.NewBrowser();
        var response = await browser.PostLoginAsync(user.Email, password);
        if (response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Sign-in as {user.Email} did not succeed: redirected to {response.Headers.Location}");
        return browser;
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(this HttpClient browser, string email, string password)
    {
        var token = await AntiforgeryTokenAsync(browser, "/account/login");
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient browser, string page)
    {
        var html = await browser.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException($"No antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<string> FollowAsync(this HttpClient browser, HttpResponseMessage redirect) =>
        await browser.GetStringAsync(redirect.Headers.Location!.OriginalString);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
