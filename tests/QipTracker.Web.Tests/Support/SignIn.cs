using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace QipTracker.Web.Tests.Support;

/// <summary>Signs in through the real login form (antiforgery token and all), as a browser would.</summary>
public static partial class SignIn
{
    public static HttpClient NewBrowser(this QipAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static Task<HttpClient> SignedInAsync(this QipAppFactory app, TestUser user, string password = TestTrust.Password) =>
        app.NewBrowser().SignInAsync(user, password);

    /// <summary>Signs this browser in, then sends API calls as the app's pages do.</summary>
    public static async Task<HttpClient> SignInAsync(this HttpClient browser, TestUser user, string password = TestTrust.Password)
    {
        var response = await browser.PostLoginAsync(user.Email, password);
        if (response.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException($"Sign-in as {user.Email} did not succeed: redirected to {response.Headers.Location}");
        // As the app's own pages do (wwwroot/js/api.js): send the page's antiforgery token with API calls.
        browser.DefaultRequestHeaders.Add("RequestVerificationToken", await PageAntiforgeryTokenAsync(browser));
        return browser;
    }

    /// <summary>The token a signed-in page carries for its scripts' API calls (meta qip-antiforgery).</summary>
    public static async Task<string> PageAntiforgeryTokenAsync(this HttpClient browser)
    {
        var html = await browser.GetStringAsync("/");
        var match = PageTokenPattern().Match(html);
        if (!match.Success) throw new InvalidOperationException("No qip-antiforgery meta tag on the home page");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
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

    [GeneratedRegex("<meta name=\"qip-antiforgery\" content=\"([^\"]+)\"")]
    private static partial Regex PageTokenPattern();
}
